package org.fusioncentre.fusion.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PairWeightsTest {
    @Test
    void theShippedFileHasAWeightForEveryFeature() {
        PairWeights shipped = PairWeights.shipped();

        for (PairFeature feature : PairFeature.values()) {
            assertThat(Double.isFinite(shipped.weight(feature)))
                    .as("%s", feature)
                    .isTrue();
        }
        assertThat(shipped.weight(PairFeature.BIAS)).isEqualTo(PairFeature.BIAS.prior()); // held in the fit
    }

    @Test
    void writesWhatItReads() throws IOException {
        StringWriter text = new StringWriter();
        PairWeights.prior().write(new PrintWriter(text), "a comment\nover two lines");

        PairWeights read = read(text.toString());

        assertThat(text.toString()).startsWith("# a comment\n# over two lines\nfeature,weight\n");
        for (PairFeature feature : PairFeature.values()) {
            assertThat(read.weight(feature)).isEqualTo(feature.prior());
        }
    }

    @Test
    void namesTheLineOfAnUnknownFeatureOrABadNumberAndTheFeaturesMissing() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> read("feature,weight\nBIAS,-1\nSAME_DAYS,2\n"))
                .withMessageContaining("line 3: unknown feature SAME_DAYS");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> read("BIAS,minus one\n"))
                .withMessageContaining("line 1: weight 'minus one' is not a number");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> read("BIAS,-1\n"))
                .withMessageContaining("has no weight for")
                .withMessageContaining("SAME_DAY");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> read("BIAS,-1\nBIAS,-2\n"))
                .withMessageContaining("BIAS appears twice");
    }

    private static PairWeights read(String text) throws IOException {
        return PairWeights.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "weights.csv");
    }
}
