package org.fusioncentre.intake;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * What happened to one record offered for intake.
 *
 * @param origin where the record was read: {@code file:line}, {@code api[3]}
 * @param reportId the stored report (for a duplicate: the one already stored); null when rejected
 * @param reason why it was rejected, or what made it a duplicate
 */
public record IngestOutcome(
        Status status,
        String origin,
        @Nullable ReportId reportId,
        @Nullable String reason) {

    public enum Status {
        ACCEPTED,
        DUPLICATE,
        REJECTED
    }

    public IngestOutcome {
        requireNonNull(status, "status is null");
        requireNonNull(origin, "origin is null");
        if (status == Status.REJECTED && reason == null) {
            throw new IllegalArgumentException("a rejection needs a reason");
        }
        if (status != Status.REJECTED && reportId == null) {
            throw new IllegalArgumentException("an accepted or duplicate record needs a report id");
        }
    }

    public static IngestOutcome accepted(String origin, ReportId id) {
        return new IngestOutcome(Status.ACCEPTED, origin, id, null);
    }

    public static IngestOutcome duplicate(String origin, ReportId id, String reason) {
        return new IngestOutcome(Status.DUPLICATE, origin, id, reason);
    }

    public static IngestOutcome rejected(String origin, String reason) {
        return new IngestOutcome(Status.REJECTED, origin, null, reason);
    }
}
