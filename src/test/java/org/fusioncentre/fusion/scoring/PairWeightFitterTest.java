package org.fusioncentre.fusion.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PairWeightFitterTest {
    private static final int N = PairFeature.values().length;

    /** Pairs drawn from a logistic model with known weights over a few features. */
    private static List<LabelledReports.Pair> pairsFrom(double[] truth, int count, long seed) {
        Random random = new Random(seed);
        List<LabelledReports.Pair> pairs = new ArrayList<>();
        PairFeature[] used = {
            PairFeature.SAME_DAY, PairFeature.TYPE_SAME, PairFeature.TEHSIL_DIFFERENT, PairFeature.CLOCKS_APART
        };
        for (int i = 0; i < count; i++) {
            double[] x = new double[N];
            x[PairFeature.BIAS.ordinal()] = 1;
            for (PairFeature feature : used) {
                x[feature.ordinal()] = random.nextDouble() < 0.5 ? 1 : 0;
            }
            double logit = 0;
            for (int j = 0; j < N; j++) {
                logit += truth[j] * x[j];
            }
            pairs.add(new LabelledReports.Pair(x, random.nextDouble() < 1 / (1 + Math.exp(-logit))));
        }
        return pairs;
    }

    @Test
    void recoversTheWeightsThatGeneratedThePairsAndLeavesUnseenFeaturesAtTheirPrior() {
        double[] truth = new double[N];
        truth[PairFeature.BIAS.ordinal()] = -1.0;
        truth[PairFeature.SAME_DAY.ordinal()] = 2.5;
        truth[PairFeature.TYPE_SAME.ordinal()] = 0.5;
        truth[PairFeature.TEHSIL_DIFFERENT.ordinal()] = -3.0;
        truth[PairFeature.CLOCKS_APART.ordinal()] = -1.0;

        PairWeightFitter.Fit fit =
                new PairWeightFitter(1, Set.of()).fit(pairsFrom(truth, 40_000, 7), PairWeights.prior());

        assertThat(fit.weights().weight(PairFeature.SAME_DAY))
                .isCloseTo(2.5, org.assertj.core.data.Offset.offset(0.15));
        assertThat(fit.weights().weight(PairFeature.TEHSIL_DIFFERENT))
                .isCloseTo(-3.0, org.assertj.core.data.Offset.offset(0.15));
        assertThat(fit.weights().weight(PairFeature.BIAS)).isCloseTo(-1.0, org.assertj.core.data.Offset.offset(0.15));
        assertThat(fit.weights().weight(PairFeature.PLACE_SAME)).isEqualTo(PairFeature.PLACE_SAME.prior());
        assertThat(fit.fittedLogLoss()).isLessThan(fit.priorLogLoss());
        assertThat(fit.counts()[PairFeature.BIAS.ordinal()]).isEqualTo(40_000);
    }

    @Test
    void aHeldFeatureKeepsItsPriorAndAStrongPullKeepsTheOthersNearTheirs() {
        double[] truth = new double[N];
        truth[PairFeature.BIAS.ordinal()] = PairFeature.BIAS.prior();
        truth[PairFeature.SAME_DAY.ordinal()] = 4.0;
        List<LabelledReports.Pair> pairs = pairsFrom(truth, 5_000, 11);

        PairWeights held = new PairWeightFitter(1, Set.of(PairFeature.BIAS))
                .fit(pairs, PairWeights.prior())
                .weights();
        PairWeights pulled = new PairWeightFitter(1_000_000, Set.of())
                .fit(pairs, PairWeights.prior())
                .weights();

        assertThat(held.weight(PairFeature.BIAS)).isEqualTo(PairFeature.BIAS.prior());
        assertThat(held.weight(PairFeature.SAME_DAY)).isCloseTo(4.0, org.assertj.core.data.Offset.offset(0.4));
        assertThat(pulled.weight(PairFeature.SAME_DAY))
                .isCloseTo(PairFeature.SAME_DAY.prior(), org.assertj.core.data.Offset.offset(0.05));
    }

    @Test
    void rejectsAStrengthThatIsNotAPositiveNumber() {
        assertThatIllegalArgumentException().isThrownBy(() -> new PairWeightFitter(0, Set.of()));
        assertThatIllegalArgumentException().isThrownBy(() -> new PairWeightFitter(Double.NaN, Set.of()));
    }
}
