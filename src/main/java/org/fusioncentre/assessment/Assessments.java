package org.fusioncentre.assessment;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.fusioncentre.access.Audience;
import org.fusioncentre.access.NotPermitted;

/** The assessment module's entry point. */
public interface Assessments {
    /**
     * Computes and stores the assessments of every district and province as of the day, from the
     * incidents dated on or before it. For today, publishes {@link ThreatLevelChanged} for each
     * unit whose level in force differs from its previous assessment; an earlier day is recorded
     * without announcing anything.
     *
     * @throws IllegalArgumentException for a day after today
     */
    List<Assessment> assess(LocalDate asOf);

    /** The stored assessments as of the day (the latest computation), districts then provinces. */
    List<Assessment> stored(LocalDate asOf);

    /**
     * The assessments as of the day as the audience may see them (DESIGN §7): when it sees every
     * incident as the operator does, the stored ones (computed if there are none yet); otherwise
     * computed from the incidents it sees, as it sees them, so no level or count reveals a hidden
     * incident. Those are not stored and announce nothing.
     *
     * @throws IllegalArgumentException for a day after today
     */
    List<Assessment> seenBy(LocalDate asOf, Audience audience);

    /** The latest stored assessment of a unit on or before the day. */
    Optional<Assessment> latest(String unitPcode, LocalDate asOf);

    /**
     * Records an override: the unit is CRITICAL for the duration, then reverts to its statistical
     * level. Reassesses today at once.
     *
     * @param author the analyst who makes it: the unit must lie within their jurisdiction
     * @throws IllegalArgumentException for an unknown unit, a blank reason or author, or a
     *     duration that is not between an hour and 90 days
     * @throws NotPermitted for a unit outside the author's jurisdiction
     */
    ThreatOverride override(String unitPcode, String reason, Audience author, Duration duration);

    List<ThreatOverride> overrides(String unitPcode);
}
