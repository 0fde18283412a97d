package org.fusioncentre.assessment;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.fusioncentre.assessment.model.ThreatLevel;
import org.jspecify.annotations.Nullable;

/**
 * The statistical threat assessment of a district or province as of a day: the probability of at
 * least one fatal incident in the next 30 days and its level, the expected number of incidents
 * with an 80% interval, what drives it, the incidents behind it, and how it was computed.
 *
 * @param level the level in force: the statistical level, or CRITICAL under an analyst's override
 * @param statisticalLevel the level the forecast alone gives
 * @param probabilityOfFatal P(at least one fatal incident in the 30 days after {@code asOf})
 * @param probabilityOfAny P(at least one incident in those days)
 * @param expectedIncidents the forecast mean
 * @param low the 80% interval's low end (10% quantile)
 * @param high the 80% interval's high end (90% quantile)
 * @param method the model behind the level and, for the drivers, the model that decomposes it
 * @param dataVersion the incident history it was computed from: count, last day and a digest
 * @param drivers the endemic–epidemic decomposition of the expected count, when it could be fitted
 * @param recentIncidents ids of the unit's incidents in the 30 days to {@code asOf}, newest first
 *     (at most ten)
 * @param override the analyst's override in force, if any
 */
public record Assessment(
        String unitPcode,
        UnitLevel unitLevel,
        String provincePcode,
        LocalDate asOf,
        LocalDate validUntil,
        ThreatLevel level,
        ThreatLevel statisticalLevel,
        double probabilityOfFatal,
        double probabilityOfAny,
        double expectedIncidents,
        int low,
        int high,
        String method,
        String dataVersion,
        @Nullable Drivers drivers,
        List<String> recentIncidents,
        @Nullable ThreatOverride override,
        Instant computedAt) {

    public enum UnitLevel {
        DISTRICT,
        PROVINCE
    }

    /**
     * What the expected count is made of (M1): the district's own baseline, its own recent
     * incidents, its neighbours' recent incidents; the contagion share is the last two's share.
     */
    public record Drivers(double endemic, double ownRecent, double neighbourRecent, double contagionShare) {}

    public Assessment {
        requireNonNull(unitPcode, "unitPcode is null");
        requireNonNull(unitLevel, "unitLevel is null");
        requireNonNull(provincePcode, "provincePcode is null");
        requireNonNull(asOf, "asOf is null");
        requireNonNull(validUntil, "validUntil is null");
        requireNonNull(level, "level is null");
        requireNonNull(statisticalLevel, "statisticalLevel is null");
        requireNonNull(method, "method is null");
        requireNonNull(dataVersion, "dataVersion is null");
        recentIncidents = List.copyOf(recentIncidents);
        requireNonNull(computedAt, "computedAt is null");
        if (!(probabilityOfFatal >= 0 && probabilityOfFatal <= 1 && probabilityOfAny >= 0 && probabilityOfAny <= 1)) {
            throw new IllegalArgumentException("probabilities must lie in [0, 1]");
        }
        if (low > high) {
            throw new IllegalArgumentException("interval ends before it starts");
        }
    }
}
