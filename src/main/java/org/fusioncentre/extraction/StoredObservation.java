package org.fusioncentre.extraction;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import org.fusioncentre.intake.ReportId;

/**
 * An observation as kept: which report it came from, its place among that report's
 * observations, and when it was extracted. The extractor version is the observation's own.
 */
public record StoredObservation(
        ObservationId id, ReportId reportId, int ordinal, Observation observation, Instant extractedAt) {
    public StoredObservation {
        requireNonNull(id, "id is null");
        requireNonNull(reportId, "reportId is null");
        requireNonNull(observation, "observation is null");
        requireNonNull(extractedAt, "extractedAt is null");
    }
}
