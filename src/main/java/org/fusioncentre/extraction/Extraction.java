package org.fusioncentre.extraction;

import java.util.List;
import java.util.function.LongConsumer;
import org.fusioncentre.intake.ReportId;
import org.jspecify.annotations.Nullable;

/**
 * The extraction stage: every received report is extracted once per extractor version and its
 * observations are kept. Observations of earlier versions stay, so what was derived when stays
 * traceable.
 */
public interface Extraction {
    /** The version current extraction stores observations under. */
    String version();

    /** The report's observations of the current version, in report order; empty if not yet extracted. */
    List<StoredObservation> observations(ReportId report);

    /**
     * Why the current extraction of a report found nothing though it should have: a structured
     * incident that could not be read. Null otherwise.
     */
    @Nullable
    String problem(ReportId report);

    /** The report's observations of every version, oldest version first. */
    List<StoredObservation> history(ReportId report);

    /**
     * For a person: the report's current observations (or every version's, for history), or empty
     * when the report does not exist or the audience may not see it. Observations are as visible
     * as the report they came from.
     */
    java.util.Optional<List<StoredObservation>> observations(
            ReportId report, boolean history, org.fusioncentre.access.Audience audience);

    /** The current observations of a block, in date order. */
    List<StoredObservation> current(ObservationBlock block);

    /**
     * The current observations of these districts that begin between two days (inclusive), in date
     * order.
     */
    List<StoredObservation> current(
            java.util.Collection<String> districts, java.time.LocalDate from, java.time.LocalDate to);

    /** The current observations among these ids (others are left out), in no particular order. */
    List<StoredObservation> currentById(java.util.Collection<String> observationIds);

    /**
     * For observations of earlier extractor versions among these ids, the current observation of
     * the same report at the same place in it, where there is one; current ids map to nothing.
     */
    java.util.Map<String, String> currentEquivalents(java.util.Collection<String> observationIds);

    /** Every block holding current observations. */
    List<ObservationBlock> blocks();

    /** The versions whose observations are current: the text extractor's and the structured reader's. */
    java.util.Set<String> currentVersions();

    /**
     * Extracts every stored report that has no extraction of the current version yet, and
     * returns how many it extracted.
     *
     * @param progress told the running count after each batch
     */
    long extractPending(LongConsumer progress);
}
