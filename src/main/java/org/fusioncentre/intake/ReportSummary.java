package org.fusioncentre.intake;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.OffsetDateTime;
import org.fusioncentre.access.Marking;
import org.jspecify.annotations.Nullable;

/** What a stored report is, without what it says: for stages that need its source and time only. */
public record ReportSummary(
        ReportId id,
        SourceId sourceId,
        String sourceName,
        @Nullable String externalId,
        @Nullable OffsetDateTime publishedAt,
        Marking marking,
        Instant receivedAt) {
    public ReportSummary {
        requireNonNull(id, "id is null");
        requireNonNull(sourceId, "sourceId is null");
        requireNonNull(sourceName, "sourceName is null");
        requireNonNull(marking, "marking is null");
        requireNonNull(receivedAt, "receivedAt is null");
    }
}
