package org.fusioncentre.extraction;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;
import org.fusioncentre.intake.ReportId;

/**
 * An observation as kept: which report it came from, its place among that report's
 * observations, and when it was extracted. The extractor version is the observation's own.
 *
 * @param terms the words of its passage that could tell its incident from another ({@link
 *     TextExtractor#terms}); empty for incident tables' records and for observations stored
 *     before terms were kept
 */
public record StoredObservation(
        ObservationId id,
        ReportId reportId,
        int ordinal,
        Observation observation,
        Instant extractedAt,
        List<String> terms) {
    public StoredObservation {
        requireNonNull(id, "id is null");
        requireNonNull(reportId, "reportId is null");
        requireNonNull(observation, "observation is null");
        requireNonNull(extractedAt, "extractedAt is null");
        terms = List.copyOf(terms);
    }
}
