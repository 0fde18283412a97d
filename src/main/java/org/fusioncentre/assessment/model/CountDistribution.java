package org.fusioncentre.assessment.model;

import java.util.Arrays;
import org.apache.commons.math3.special.Beta;
import org.apache.commons.math3.special.Gamma;

/**
 * A predictive distribution of an incident count in one window. Every method returns a finite
 * number for every argument, so forecasts never carry NaN into output.
 */
public sealed interface CountDistribution
        permits CountDistribution.Poisson, CountDistribution.NegativeBinomial, CountDistribution.Empirical {

    /** The largest mean a distribution accepts; far above any district's incidents in a window. */
    double MAXIMUM_MEAN = 1_000_000;

    /** P(N = k). */
    double probability(int k);

    /** P(N ≤ k). */
    double cumulative(int k);

    /** E[N]. */
    double mean();

    /**
     * P(at least one of the counted incidents is marked), when each is marked independently with
     * this probability: how a count forecast and a per-incident lethality make P(any fatal).
     */
    double probabilityOfAnyMarked(double markProbability);

    /** The smallest k with P(N ≤ k) ≥ level, for a level in (0, 1). */
    default int quantile(double level) {
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("quantile level must be in (0, 1): " + level);
        }
        int low = 0;
        int high = Math.max(1, (int) Math.ceil(mean() * 2 + 20));
        while (cumulative(high) < level && high < Integer.MAX_VALUE / 2) {
            high *= 2;
        }
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (cumulative(middle) >= level) {
                high = middle;
            } else {
                low = middle + 1;
            }
        }
        return low;
    }

    /** P(N ≥ 1). */
    default double probabilityOfAny() {
        return 1 - probability(0);
    }

    /** A Poisson count; a zero mean is the point mass at zero. */
    record Poisson(double mean) implements CountDistribution {
        public Poisson {
            if (!(mean >= 0 && mean <= MAXIMUM_MEAN)) {
                throw new IllegalArgumentException("Poisson mean must be in [0, " + MAXIMUM_MEAN + "]: " + mean);
            }
        }

        @Override
        public double probability(int k) {
            if (k < 0) {
                return 0;
            }
            if (mean == 0) {
                return k == 0 ? 1 : 0;
            }
            return Math.exp(k * Math.log(mean) - mean - Gamma.logGamma(k + 1.0));
        }

        @Override
        public double cumulative(int k) {
            if (k < 0) {
                return 0;
            }
            if (mean == 0) {
                return 1;
            }
            return clamp(Gamma.regularizedGammaQ(k + 1.0, mean));
        }

        @Override
        public double probabilityOfAnyMarked(double markProbability) {
            return -Math.expm1(-mean * checkProbability(markProbability));
        }
    }

    /**
     * A negative binomial count with this mean and size (dispersion) r: variance mean + mean²/r.
     * It becomes Poisson as r grows.
     */
    record NegativeBinomial(double mean, double size) implements CountDistribution {
        public NegativeBinomial {
            if (!(mean >= 0 && mean <= MAXIMUM_MEAN)) {
                throw new IllegalArgumentException("mean must be in [0, " + MAXIMUM_MEAN + "]: " + mean);
            }
            if (!(size >= 1e-4 && size <= 1e8)) {
                throw new IllegalArgumentException("size must be in [1e-4, 1e8]: " + size);
            }
        }

        @Override
        public double probability(int k) {
            if (k < 0) {
                return 0;
            }
            if (mean == 0) {
                return k == 0 ? 1 : 0;
            }
            double logProbability = Gamma.logGamma(k + size)
                    - Gamma.logGamma(size)
                    - Gamma.logGamma(k + 1.0)
                    + size * Math.log(size / (size + mean))
                    + k * Math.log(mean / (size + mean));
            return Math.exp(logProbability);
        }

        @Override
        public double cumulative(int k) {
            if (k < 0) {
                return 0;
            }
            if (mean == 0) {
                return 1;
            }
            return clamp(Beta.regularizedBeta(size / (size + mean), size, k + 1.0));
        }

        @Override
        public double probabilityOfAnyMarked(double markProbability) {
            // probability generating function of the NB at 1 - p: (r / (r + mean p))^r
            double marked = mean * checkProbability(markProbability);
            return -Math.expm1(-size * Math.log1p(marked / size));
        }

        /** The variance, mean + mean²/size. */
        public double variance() {
            return mean + mean * mean / size;
        }
    }

    /** The empirical distribution of observed counts, each equally likely. */
    record Empirical(int[] values) implements CountDistribution {
        public Empirical {
            if (values.length == 0) {
                throw new IllegalArgumentException("an empirical distribution needs at least one value");
            }
            values = values.clone();
            Arrays.sort(values);
            if (values[0] < 0) {
                throw new IllegalArgumentException("counts are never negative: " + values[0]);
            }
        }

        @Override
        public int[] values() {
            return values.clone();
        }

        @Override
        public double probability(int k) {
            return (cumulative(k) - cumulative(k - 1));
        }

        @Override
        public double cumulative(int k) {
            // number of values ≤ k, by binary search for the first value > k
            int low = 0;
            int high = values.length;
            while (low < high) {
                int middle = (low + high) >>> 1;
                if (values[middle] <= k) {
                    low = middle + 1;
                } else {
                    high = middle;
                }
            }
            return (double) low / values.length;
        }

        @Override
        public double mean() {
            double sum = 0;
            for (int value : values) {
                sum += value;
            }
            return sum / values.length;
        }

        @Override
        public double probabilityOfAnyMarked(double markProbability) {
            double unmarked = 1 - checkProbability(markProbability);
            double none = 0;
            for (int value : values) {
                none += Math.pow(unmarked, value);
            }
            return clamp(1 - none / values.length);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Empirical empirical && Arrays.equals(values, empirical.values);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(values);
        }

        @Override
        public String toString() {
            return "Empirical" + Arrays.toString(values);
        }
    }

    private static double clamp(double probability) {
        if (Double.isNaN(probability)) {
            // the special functions give NaN only when their series fail to converge, far in a tail
            return 1;
        }
        return Math.min(1, Math.max(0, probability));
    }

    private static double checkProbability(double probability) {
        if (!(probability >= 0 && probability <= 1)) {
            throw new IllegalArgumentException("probability must be in [0, 1]: " + probability);
        }
        return probability;
    }
}
