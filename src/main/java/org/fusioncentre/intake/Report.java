package org.fusioncentre.intake;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.fusioncentre.access.Marking;
import org.jspecify.annotations.Nullable;

/**
 * A stored report: what one source said, exactly as received. Never changed or deleted by the
 * pipeline.
 *
 * @param origin where it came from: {@code file:line}, or {@code api}
 */
public record Report(
        ReportId id,
        SourceId sourceId,
        String sourceName,
        @Nullable String externalId,
        @Nullable String url,
        @Nullable OffsetDateTime publishedAt,
        @Nullable String title,
        @Nullable String body,
        @Nullable String language,
        Marking marking,
        List<String> recipients,
        ContentHash contentHash,
        @Nullable String incident,
        @Nullable String extra,
        String raw,
        ReportFormat format,
        String origin,
        Instant receivedAt) {

    public Report {
        requireNonNull(id, "id is null");
        requireNonNull(sourceId, "sourceId is null");
        requireNonNull(sourceName, "sourceName is null");
        requireNonNull(marking, "marking is null");
        recipients = List.copyOf(recipients);
        requireNonNull(contentHash, "contentHash is null");
        requireNonNull(raw, "raw is null");
        requireNonNull(format, "format is null");
        requireNonNull(origin, "origin is null");
        requireNonNull(receivedAt, "receivedAt is null");
    }
}
