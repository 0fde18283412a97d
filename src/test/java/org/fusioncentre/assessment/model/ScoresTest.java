package org.fusioncentre.assessment.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ScoresTest {
    @Test
    void crpsOfAPointMassIsTheAbsoluteError() {
        for (int forecast : new int[] {0, 1, 4}) {
            for (int outcome : new int[] {0, 2, 9}) {
                CountDistribution pointMass = new CountDistribution.Empirical(new int[] {forecast});
                assertThat(Scores.crps(pointMass, outcome)).isEqualTo(Math.abs(outcome - forecast));
            }
        }
        assertThat(Scores.crps(new CountDistribution.Poisson(0), 3)).isEqualTo(3);
    }

    @Test
    void crpsEqualsTheExpectedAbsoluteErrorFormula() {
        // CRPS = E|X − y| − ½ E|X − X'|; for the empirical {0, 2}: E|X − 1| = 1, E|X − X'| = 1
        CountDistribution twoPoints = new CountDistribution.Empirical(new int[] {0, 2});
        assertThat(Scores.crps(twoPoints, 1)).isCloseTo(1 - 0.5, within(1e-12));
        // and a sharper forecast at the outcome scores better than a wider one
        assertThat(Scores.crps(new CountDistribution.Poisson(3), 3))
                .isLessThan(Scores.crps(new CountDistribution.NegativeBinomial(3, 0.5), 3));
    }

    @Test
    void logScoreIsFlooredSoImpossibleOutcomesStayFinite() {
        assertThat(Scores.logScore(new CountDistribution.Poisson(0), 5)).isCloseTo(-Math.log(1e-10), within(1e-9));
        assertThat(Scores.logScore(new CountDistribution.Poisson(2), 0)).isCloseTo(2, within(1e-12));
    }

    @Test
    void centralIntervalIncludesBothEnds() {
        CountDistribution.Poisson poisson = new CountDistribution.Poisson(2.5);
        // 80% interval of Poisson(2.5) is [1, 5]
        assertThat(Scores.covered(poisson, 0, 0.8)).isFalse();
        assertThat(Scores.covered(poisson, 1, 0.8)).isTrue();
        assertThat(Scores.covered(poisson, 5, 0.8)).isTrue();
        assertThat(Scores.covered(poisson, 6, 0.8)).isFalse();
    }

    @Test
    void randomisedCoverageOfACalibratedForecastAveragesTheNominalLevel() {
        CountDistribution.NegativeBinomial forecast = new CountDistribution.NegativeBinomial(1.5, 1.2);
        double expected = 0;
        double plain = 0;
        for (int y = 0; y < 300; y++) {
            expected += forecast.probability(y) * Scores.randomisedCoverage(forecast, y, 0.8);
            plain += forecast.probability(y) * (Scores.covered(forecast, y, 0.8) ? 1 : 0);
        }
        assertThat(expected).isCloseTo(0.8, within(1e-9));
        // the plain interval of a count forecast holds more than its nominal share
        assertThat(plain).isGreaterThan(0.8);
    }

    @Test
    void brierScoreIsTheSquaredError() {
        assertThat(Scores.brier(0.7, true)).isCloseTo(0.09, within(1e-12));
        assertThat(Scores.brier(0.7, false)).isCloseTo(0.49, within(1e-12));
    }

    @Test
    void aucCountsConcordantPairsAndHalvesTies() {
        double[] probabilities = {0.1, 0.4, 0.35, 0.8, 0.4};
        boolean[] happened = {false, false, true, true, true};
        double[] weights = {1, 1, 1, 1, 1};
        // positives 0.35, 0.8, 0.4 against negatives 0.1, 0.4: (1 + 0) + (1 + 1) + (1 + 0.5) = 4.5 of 6
        assertThat(Scores.auc(probabilities, happened, weights)).hasValue(4.5 / 6);
        assertThat(Scores.auc(probabilities, new boolean[5], weights)).isEmpty();
        // weight 2 on a case counts it twice
        double[] doubled = {2, 1, 1, 1, 1};
        assertThat(Scores.auc(probabilities, happened, doubled)).hasValue(7.5 / 9);
    }
}
