package org.fusioncentre.assessment.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class CountDistributionTest {
    private static final List<CountDistribution> DISTRIBUTIONS = List.of(
            new CountDistribution.Poisson(2.5),
            new CountDistribution.NegativeBinomial(2.5, 0.8),
            new CountDistribution.Empirical(new int[] {0, 0, 1, 3, 7}));

    @Test
    void probabilitiesSumToOneAndAccumulateToTheCumulative() {
        for (CountDistribution distribution : DISTRIBUTIONS) {
            double sum = 0;
            for (int k = 0; k < 200; k++) {
                sum += distribution.probability(k);
                assertThat(distribution.cumulative(k))
                        .as("%s at %d", distribution, k)
                        .isCloseTo(sum, within(1e-9));
            }
            assertThat(sum).isCloseTo(1, within(1e-9));
        }
    }

    @Test
    void meanMatchesTheProbabilities() {
        for (CountDistribution distribution : DISTRIBUTIONS) {
            double mean = 0;
            for (int k = 0; k < 400; k++) {
                mean += k * distribution.probability(k);
            }
            assertThat(distribution.mean()).as("%s", distribution).isCloseTo(mean, within(1e-6));
        }
    }

    @Test
    void quantileIsTheSmallestCountReachingTheLevel() {
        CountDistribution.Poisson poisson = new CountDistribution.Poisson(2.5);
        // P(N ≤ 0) = 0.0821, P(N ≤ 1) = 0.2873, P(N ≤ 2) = 0.5438, P(N ≤ 4) = 0.8912, P(N ≤ 5) = 0.9580
        assertThat(poisson.quantile(0.05)).isZero();
        assertThat(poisson.quantile(0.10)).isEqualTo(1);
        assertThat(poisson.quantile(0.50)).isEqualTo(2);
        assertThat(poisson.quantile(0.90)).isEqualTo(5);
        CountDistribution.Empirical empirical = new CountDistribution.Empirical(new int[] {7, 0, 3, 1, 0});
        assertThat(empirical.quantile(0.4)).isZero();
        assertThat(empirical.quantile(0.41)).isEqualTo(1);
        assertThat(empirical.quantile(0.99)).isEqualTo(7);
    }

    @Test
    void zeroMeanIsThePointMassAtZero() {
        for (CountDistribution distribution :
                List.of(new CountDistribution.Poisson(0), new CountDistribution.NegativeBinomial(0, 2))) {
            assertThat(distribution.probability(0)).isEqualTo(1);
            assertThat(distribution.quantile(0.999)).isZero();
            assertThat(distribution.probabilityOfAny()).isZero();
        }
    }

    @Test
    void negativeBinomialHasTheVarianceOfItsSize() {
        CountDistribution.NegativeBinomial distribution = new CountDistribution.NegativeBinomial(4, 2);
        double variance = 0;
        for (int k = 0; k < 1000; k++) {
            variance += (k - 4.0) * (k - 4.0) * distribution.probability(k);
        }
        assertThat(variance).isCloseTo(4 + 16 / 2.0, within(1e-6)).isCloseTo(distribution.variance(), within(1e-6));
    }

    @Test
    void anyMarkedIsOneMinusTheExpectedChanceThatNoneIsMarked() {
        double mark = 0.3;
        for (CountDistribution distribution : DISTRIBUTIONS) {
            double none = 0;
            for (int k = 0; k < 400; k++) {
                none += distribution.probability(k) * Math.pow(1 - mark, k);
            }
            assertThat(distribution.probabilityOfAnyMarked(mark))
                    .as("%s", distribution)
                    .isCloseTo(1 - none, within(1e-9));
        }
        assertThat(new CountDistribution.Poisson(3).probabilityOfAnyMarked(1))
                .isCloseTo(new CountDistribution.Poisson(3).probabilityOfAny(), within(1e-12));
    }

    @Test
    void rejectsNegativeOrNonFiniteParameters() {
        assertThatThrownBy(() -> new CountDistribution.Poisson(Double.NaN))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CountDistribution.Poisson(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CountDistribution.NegativeBinomial(1, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CountDistribution.Empirical(new int[0]))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CountDistribution.Empirical(new int[] {-1}))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
