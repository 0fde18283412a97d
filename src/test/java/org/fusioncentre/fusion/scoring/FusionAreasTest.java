package org.fusioncentre.fusion.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.fusioncentre.extraction.ObservationBlock;
import org.fusioncentre.geo.gazetteer.Gazetteer;
import org.junit.jupiter.api.Test;

class FusionAreasTest {
    private static final Gazetteer GAZETTEER = Gazetteer.fromClasspath();
    private static final FusionAreas AREAS = FusionAreas.shipped(GAZETTEER);

    private static ObservationBlock district(String code) {
        return new ObservationBlock(code, null);
    }

    @Test
    void karachisDistrictsAndSindhsObservationsWithoutADistrictAreOneBlock() {
        FusionAreas.Area karachi = AREAS.of(district("PK729"));

        assertThat(karachi.key()).isEqualTo("A:PK7D02");
        assertThat(karachi.cells())
                .contains(district("PK712"), district("PK721"), district("PK791"), new ObservationBlock(null, "PK7"))
                .doesNotContain(district("PK711")); // Khairpur is in Sukkur division
        assertThat(AREAS.of(new ObservationBlock(null, "PK7"))).isEqualTo(karachi);
        assertThat(AREAS.fromKey("P:PK7")).isEqualTo(karachi);
    }

    @Test
    void aDistrictCarvedOutOfAnotherSharesItsBlock() {
        FusionAreas.Area waziristan = AREAS.of(district("PK592"));

        assertThat(waziristan.key()).isEqualTo("A:PK530");
        assertThat(waziristan.cells())
                .containsExactlyInAnyOrder(district("PK530"), district("PK591"), district("PK592"));
        assertThat(AREAS.fromKey("D:PK592")).isEqualTo(waziristan); // stored before the areas existed
        assertThat(AREAS.nested("PK592", "PK530")).isTrue();
        assertThat(AREAS.nested("PK530", "PK591")).isTrue();
        assertThat(AREAS.nested("PK591", "PK592")).isFalse(); // two new districts are two districts
    }

    @Test
    void otherDistrictsAndProvincesKeepTheirOwnBlock() {
        assertThat(AREAS.of(district("PK226")).key()).isEqualTo("D:PK226");
        assertThat(AREAS.of(district("PK226")).cells()).containsExactly(district("PK226"));
        assertThat(AREAS.of(new ObservationBlock(null, "PK2")).key()).isEqualTo("P:PK2");
        assertThat(AREAS.fromKey("-").key()).isEqualTo(ObservationBlock.UNPLACED_KEY);
        assertThat(FusionAreas.none().of(district("PK592")).key()).isEqualTo("D:PK592");
    }

    @Test
    void aBadAreasFileIsRefusedWithItsLine() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> read("unit,districtless,reason\nPK9D99,no,nowhere\n"))
                .withMessage("areas.csv line 2: unknown unit PK9D99");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> read("PK72901,no,a tehsil\n"))
                .withMessage("areas.csv line 1: PK72901 is neither a division nor a district");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> read("PK7D02,yes,Karachi\nPK711,yes,Khairpur\n"))
                .withMessage("areas.csv line 2: two areas take the observations of PK7 without a district");
    }

    private static FusionAreas read(String text) throws java.io.IOException {
        return FusionAreas.read(
                new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "areas.csv", GAZETTEER);
    }
}
