package org.fusioncentre.assessment.model;

import java.util.Arrays;
import java.util.OptionalDouble;

/** Proper scoring rules and interval checks for count forecasts. */
public final class Scores {
    /**
     * The floor on a predicted probability in the log score: an outcome the forecast called
     * impossible scores −log(1e−10) ≈ 23.0 instead of infinity, so one such outcome weighs heavily
     * but does not swamp every average.
     */
    public static final double LOG_SCORE_FLOOR = 1e-10;

    // CRPS terms beyond the outcome are summed until the forecast's upper tail is this small; the
    // remainder is below it times the few further terms that are not yet negligible
    private static final double TAIL = 1e-9;
    private static final int MOST_TERMS = 10_000_000;

    private Scores() {}

    /**
     * The continuous ranked probability score of a count forecast: Σ_k (F(k) − 1{y ≤ k})² over k ≥
     * 0, summed until k has passed the outcome and the forecast's upper tail is below 1e−9. For a
     * point mass at x it is |y − x|. Lower is better.
     */
    public static double crps(CountDistribution forecast, int outcome) {
        if (outcome < 0) {
            throw new IllegalArgumentException("counts are never negative: " + outcome);
        }
        double sum = 0;
        for (int k = 0; k < MOST_TERMS; k++) {
            double cumulative = forecast.cumulative(k);
            double indicator = outcome <= k ? 1 : 0;
            sum += (cumulative - indicator) * (cumulative - indicator);
            if (k >= outcome && 1 - cumulative < TAIL) {
                break;
            }
        }
        return sum;
    }

    /** −log P(outcome), with the probability floored at {@link #LOG_SCORE_FLOOR}. Lower is better. */
    public static double logScore(CountDistribution forecast, int outcome) {
        // + 0.0 turns the −0.0 of a certain outcome into 0.0, which is how output should show it
        return -Math.log(Math.max(LOG_SCORE_FLOOR, forecast.probability(outcome))) + 0.0;
    }

    /**
     * Whether the outcome lies in the forecast's central interval of this probability, from its
     * (1 − level)/2 quantile to its (1 + level)/2 quantile, both ends included. For counts the
     * interval holds at least that probability, so a calibrated forecast covers somewhat more than
     * the nominal share.
     */
    public static boolean covered(CountDistribution forecast, int outcome, double level) {
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("interval level must be in (0, 1): " + level);
        }
        return forecast.quantile((1 - level) / 2) <= outcome && outcome <= forecast.quantile((1 + level) / 2);
    }

    /**
     * The probability that the randomised PIT of the outcome, uniform on [F(y − 1), F(y)], falls in
     * the central interval of this probability (Czado, Gneiting and Held 2009). Unlike {@link
     * #covered}, its mean is exactly the nominal level for a calibrated count forecast, however
     * many outcomes are zero; it tells over-coverage that comes from discreteness from over-coverage
     * that comes from too wide a forecast.
     */
    public static double randomisedCoverage(CountDistribution forecast, int outcome, double level) {
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("interval level must be in (0, 1): " + level);
        }
        double low = (1 - level) / 2;
        double high = (1 + level) / 2;
        double below = forecast.cumulative(outcome - 1);
        double upTo = forecast.cumulative(outcome);
        if (upTo - below <= 0) {
            return upTo >= low && upTo <= high ? 1 : 0;
        }
        return Math.max(0, Math.min(upTo, high) - Math.max(below, low)) / (upTo - below);
    }

    /** The Brier score of a probability forecast of an event. */
    public static double brier(double probability, boolean happened) {
        double outcome = happened ? 1 : 0;
        return (probability - outcome) * (probability - outcome);
    }

    /**
     * The area under the ROC curve of probability forecasts (ties count half), each forecast
     * weighted: the chance that a random case where the event happened got a higher probability
     * than a random case where it did not. Empty when either kind of case is missing.
     */
    public static OptionalDouble auc(double[] probabilities, boolean[] happened, double[] weights) {
        if (probabilities.length != happened.length || probabilities.length != weights.length) {
            throw new IllegalArgumentException("probabilities, outcomes and weights differ in length");
        }
        Integer[] order = new Integer[probabilities.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, (left, right) -> Double.compare(probabilities[left], probabilities[right]));
        int[] sorted = Arrays.stream(order).mapToInt(Integer::intValue).toArray();
        return aucSorted(probabilities, happened, weights, sorted);
    }

    /** {@link #auc} with the cases already sorted by probability (ascending) in {@code order}. */
    static OptionalDouble aucSorted(double[] probabilities, boolean[] happened, double[] weights, int[] order) {
        double negativesBelow = 0;
        double positives = 0;
        double negatives = 0;
        double concordant = 0;
        int start = 0;
        while (start < order.length) {
            int end = start;
            double tiedPositives = 0;
            double tiedNegatives = 0;
            while (end < order.length && probabilities[order[end]] == probabilities[order[start]]) {
                int index = order[end];
                if (happened[index]) {
                    tiedPositives += weights[index];
                } else {
                    tiedNegatives += weights[index];
                }
                end++;
            }
            concordant += tiedPositives * (negativesBelow + 0.5 * tiedNegatives);
            negativesBelow += tiedNegatives;
            positives += tiedPositives;
            negatives += tiedNegatives;
            start = end;
        }
        if (positives == 0 || negatives == 0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(concordant / (positives * negatives));
    }
}
