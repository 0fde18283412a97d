package org.fusioncentre.fusion.scoring;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.fusioncentre.extraction.Observation;
import org.jspecify.annotations.Nullable;

/**
 * One observation as fusion sees it, with what it needs of its report.
 *
 * @param observationId the stored observation's id (deterministic; it names the extractor version)
 * @param reportId the report it came from: two observations of one report are never one incident
 * @param ordinal the observation's place among its report's observations; with the report, the
 *     tie-breaker everywhere and what an incident's id is derived from, so that neither moves
 *     when a new extractor version re-extracts the report
 * @param published when the report was published (or received): later figures supersede earlier
 * @param reliability the source's Admiralty grade as a rank, 0 for A (best) to 5 for F
 * @param official whether the source speaks for the state (police, CTD, official statements)
 * @param terms the words of the observation's passage that could tell its incident from another
 *     (extraction's distinctive terms); empty when unknown
 */
public record Candidate(
        String observationId,
        String reportId,
        int ordinal,
        @Nullable String externalId,
        String sourceName,
        Instant published,
        int reliability,
        boolean official,
        Observation observation,
        Set<String> terms) {
    public Candidate {
        requireNonNull(observationId, "observationId is null");
        requireNonNull(reportId, "reportId is null");
        requireNonNull(sourceName, "sourceName is null");
        requireNonNull(published, "published is null");
        requireNonNull(observation, "observation is null");
        terms = Set.copyOf(terms);
    }

    /**
     * The candidates whose reports report their incident: all but those that only {@linkplain
     * Observation#recalled mention} it, or all when none reports it.
     */
    public static List<Candidate> reporting(List<Candidate> candidates) {
        List<Candidate> reporting = candidates.stream()
                .filter(candidate -> !candidate.observation().recalled())
                .toList();
        return reporting.isEmpty() ? candidates : reporting;
    }

    /** Report, then place in it: the order ties are broken in. */
    public static final java.util.Comparator<Candidate> BY_REPORT =
            java.util.Comparator.comparing(Candidate::reportId).thenComparingInt(Candidate::ordinal);

    @Nullable
    String district() {
        return observation.location() == null ? null : observation.location().districtPcode();
    }
}
