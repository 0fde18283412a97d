package org.fusioncentre.fusion.scoring;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.fusioncentre.extraction.Observation;
import org.fusioncentre.extraction.ObservationBlock;

/**
 * Which block fuses an observation placed by its district alone. A report datelined "BANNU" that
 * says only "a post near the border" is placed in Bannu, though the attack it describes may be the
 * one the police report puts in a tehsil of Lakki Marwat next door. Blocks keep districts apart, so
 * such an observation is <em>lent</em> to the neighbouring district's block when it matches an
 * observation placed more finely there well enough to be the same incident, and nothing in its own
 * block comes near to being its incident (a follow-up naming the district whose first reports
 * were scored low at home stays home).
 *
 * <p>The rule looks only at observations — the lent one, those of its own block and those of the
 * blocks of its district's neighbours, within the date window — never at incidents, so where an
 * observation is fused depends on the set of observations alone, not on the order they arrived
 * in. Observations whose dates span more than {@value #SPAN_DAYS} days are not lent (too vague to
 * cross a border on), and neither are observations of a block holding no district (a province's
 * or the unplaced).
 */
public final class Loans {
    /** The longest date range, in days, of an observation that may be lent. */
    public static final int SPAN_DAYS = 2;

    /**
     * The earliest start, relative to a lent observation's start, of an observation it is compared
     * with: those starting earlier are not looked at (an observation's range rarely exceeds this,
     * and a fixed reach keeps the rule the same whichever observations were read around it).
     */
    public static final int REACH_DAYS = PairScorer.WINDOW_DAYS + SPAN_DAYS;

    private final PairScorer scorer;

    public Loans(PairScorer scorer) {
        this.scorer = scorer;
    }

    /** Whether an observation may be fused outside its own block: placed by its district alone, dated to a few days. */
    public static boolean lendable(Observation observation) {
        return ObservationBlock.coarseDistrict(observation) != null
                && ChronoUnit.DAYS.between(observation.dateFrom(), observation.dateTo()) <= SPAN_DAYS;
    }

    /** Whether an observation is looked at when deciding on one that starts on another day. */
    public static boolean withinReach(Observation lent, Observation other) {
        return !other.dateFrom().isBefore(lent.dateFrom().minusDays(REACH_DAYS));
    }

    /**
     * The key of the block that fuses a lendable observation.
     *
     * @param home its own block's key
     * @param atHome the other observations of its own block (others are ignored)
     * @param abroad the observations of the blocks its district borders, by block key (the home
     *     block's key, if among them, is ignored; so are observations placed only by district)
     * @return {@code home}, or — when nothing at home scores {@link Clusters#REVIEW} with it — the
     *     key of the neighbouring block whose finely placed observation it matches best, at least
     *     {@link PairScorer#SAME_INCIDENT}; ties go to the smaller key
     */
    public String blockOf(Candidate lent, String home, List<Candidate> atHome, Map<String, List<Candidate>> abroad) {
        if (best(lent, atHome, false) >= Clusters.REVIEW) {
            // something at home may be its incident: the district it names is taken at its word
            return home;
        }
        String chosen = home;
        double chosenScore = PairScorer.SAME_INCIDENT - 1e-9;
        for (Map.Entry<String, List<Candidate>> block : new TreeMap<>(abroad).entrySet()) {
            if (block.getKey().equals(home)) {
                continue;
            }
            double score = best(lent, block.getValue(), true);
            if (score > chosenScore) {
                chosen = block.getKey();
                chosenScore = score;
            }
        }
        return chosen;
    }

    /** The best score of the observation with any of the others in reach; 0 for none. */
    private double best(Candidate lent, List<Candidate> others, boolean finelyPlacedOnly) {
        double best = 0;
        for (Candidate other : others) {
            if (other.observationId().equals(lent.observationId())
                    || !withinReach(lent.observation(), other.observation())
                    || finelyPlacedOnly && !finelyPlaced(other.observation())) {
                continue;
            }
            best = Math.max(best, scorer.probability(lent, other));
        }
        return best;
    }

    private static boolean finelyPlaced(Observation observation) {
        return observation.location() != null
                && observation.location().districtPcode() != null
                && ObservationBlock.coarseDistrict(observation) == null;
    }
}
