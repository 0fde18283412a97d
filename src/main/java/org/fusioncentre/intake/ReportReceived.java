package org.fusioncentre.intake;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/** Published, in the same transaction that stores it, for every newly stored report. */
public record ReportReceived(ReportId reportId, SourceId sourceId, Instant receivedAt) {
    public ReportReceived {
        requireNonNull(reportId, "reportId is null");
        requireNonNull(sourceId, "sourceId is null");
        requireNonNull(receivedAt, "receivedAt is null");
    }
}
