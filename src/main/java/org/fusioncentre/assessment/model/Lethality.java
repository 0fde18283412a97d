package org.fusioncentre.assessment.model;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * Each district's per-incident lethality — the share of its incidents that killed someone —
 * shrunk towards its province's share, which is itself shrunk towards the share over the whole
 * history. Shrinkage is by pseudo-counts ({@link #PSEUDO_INCIDENTS} incidents at the wider
 * share): a district with two incidents, both fatal, gets a lethality near its province's, not
 * 100%.
 */
public final class Lethality {
    /** How many incidents at the wider share a district's or province's own record is blended with. */
    public static final double PSEUDO_INCIDENTS = 10;

    // With no history at all: half of incidents fatal, the least committal guess.
    private static final double PRIOR_SHARE = 0.5;

    private final Map<String, double[]> byDistrict = new HashMap<>();
    private final Map<String, double[]> byProvince = new HashMap<>();
    private final double overall;

    private Lethality(EventHistory history) {
        double incidents = 0;
        double fatal = 0;
        for (Event event : history.events()) {
            double killed = event.fatal() ? 1 : 0;
            incidents++;
            fatal += killed;
            add(byDistrict, event.district(), killed);
            add(byProvince, PCodes.provinceOf(event.district()), killed);
        }
        // one pseudo-incident at the prior share keeps a one-incident history away from 0 and 1
        this.overall = (fatal + PRIOR_SHARE) / (incidents + 1);
    }

    /** Lethality from the events dated strictly before the origin. */
    public static Lethality before(EventHistory history, LocalDate origin) {
        requireNonNull(history, "history is null");
        return new Lethality(history.before(origin));
    }

    private static void add(Map<String, double[]> totals, String key, double killed) {
        double[] total = totals.computeIfAbsent(key, unused -> new double[2]);
        total[0]++;
        total[1] += killed;
    }

    /** The shrunk share of a district's incidents that are fatal; a probability in (0, 1). */
    public double of(String district) {
        double province = shrink(byProvince.get(PCodes.provinceOf(district)), overall);
        return shrink(byDistrict.get(district), province);
    }

    private static double shrink(double[] total, double towards) {
        if (total == null) {
            return towards;
        }
        return (total[1] + PSEUDO_INCIDENTS * towards) / (total[0] + PSEUDO_INCIDENTS);
    }
}
