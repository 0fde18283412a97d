package org.fusioncentre.geo.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.fusioncentre.geo.PCode;
import org.fusioncentre.geo.ResolveContext;
import org.fusioncentre.geo.ReverseResult;
import org.junit.jupiter.api.Test;

class GazetteerReverseTest {
    private static final Gazetteer GAZETTEER = GazetteerResolveTest.GAZETTEER;

    @Test
    void everyDistrictPolygonAnswersForItsOwnInteriorPoint() {
        Map<PCode, double[]> points = GAZETTEER.districtInteriorPoints();

        assertThat(points).hasSizeGreaterThan(150);
        points.forEach((code, point) -> assertThat(GAZETTEER.reverse(point[0], point[1]))
                .as("interior point of %s", code)
                .isInstanceOfSatisfying(
                        ReverseResult.Inside.class,
                        inside -> assertThat(inside.path().district().code()).isEqualTo(code)));
    }

    @Test
    void neighboursAreDistrictsThatShareABorderBothWays() {
        Set<String> quetta = codes(GAZETTEER.neighbours(PCode.of("PK226")));

        assertThat(quetta).contains("PK225", "PK220"); // Pishin, Mastung
        assertThat(quetta).doesNotContain("PK226", "PK205"); // not itself, not Gwadar on the coast
        GAZETTEER.districtInteriorPoints().keySet().forEach(district -> {
            assertThat(GAZETTEER.neighbours(district))
                    .as("neighbours of %s", district)
                    .isNotEmpty();
            GAZETTEER
                    .neighbours(district)
                    .forEach(neighbour -> assertThat(GAZETTEER.neighbours(neighbour))
                            .as("%s borders %s", neighbour, district)
                            .contains(district));
        });
    }

    @Test
    void aDistrictCarvedOutLaterBordersTheDistrictItCameFromAndItsNeighbours() {
        Set<String> hub = codes(GAZETTEER.neighbours(PCode.of("PK291")));

        assertThat(hub).contains("PK217"); // carved out of Lasbela
        assertThat(hub)
                .containsAll(codes(GAZETTEER.neighbours(PCode.of("PK217"))).stream()
                        .filter(code -> !code.equals("PK291"))
                        .toList());
        assertThat(codes(GAZETTEER.neighbours(PCode.of("PK530")))).contains("PK591", "PK592");
    }

    @Test
    void unitsThatAreNotDistrictsHaveNoNeighbours() {
        assertThat(GAZETTEER.neighbours(PCode.of("PK2"))).isEmpty();
        assertThat(GAZETTEER.neighbours(PCode.of("PK299"))).isEmpty();
    }

    private static Set<String> codes(Set<PCode> codes) {
        return codes.stream().map(PCode::value).collect(Collectors.toSet());
    }

    @Test
    void knownPointsLandInTheirDistrictAndTehsil() {
        // Quetta city centre and Peshawar's Qissa Khwani bazaar
        assertThat(district(30.1956, 67.0097)).isEqualTo("PK226");
        assertThat(district(34.0080, 71.5700)).isEqualTo("PK528");
        ReverseResult.Inside miranshah = (ReverseResult.Inside) GAZETTEER.reverse(33.0030, 70.0700);
        assertThat(miranshah.path().district().code().value()).isEqualTo("PK525");
        assertThat(miranshah.path().tehsil()).isNotNull();
        assertThat(miranshah.path().province().code().value()).isEqualTo("PK5");
    }

    @Test
    void aPointOutsidePakistanIsOutsideNotTheNearestDistrict() {
        assertThat(GAZETTEER.reverse(31.5497, 65.7372)).isInstanceOf(ReverseResult.Outside.class); // Kandahar
        assertThat(GAZETTEER.reverse(28.6139, 77.2090)).isInstanceOf(ReverseResult.Outside.class); // Delhi
        assertThat(GAZETTEER.reverse(0, 0)).isInstanceOf(ReverseResult.Outside.class);
    }

    @Test
    void coordinatesOutOfRangeAreRejectedWithAMessage() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> GAZETTEER.reverse(91, 70))
                .withMessageContaining("latitude");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> GAZETTEER.reverse(30, 181))
                .withMessageContaining("longitude");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> GAZETTEER.reverse(Double.NaN, 70))
                .withMessageContaining("latitude");
    }

    @Test
    void badMentionsGetNoMatchQuickly() {
        byte[] binary = new byte[4096];
        new java.util.Random(7).nextBytes(binary);
        List<String> bad = List.of(
                "",
                "   ",
                "x".repeat(1_000_000),
                new String(binary, java.nio.charset.StandardCharsets.ISO_8859_1),
                "\u0000\u0001\u0002",
                "Quetta کوئٹہ ✈ 東京");

        for (String mention : bad) {
            assertThat(GAZETTEER.resolve(mention, ResolveContext.of(mention))).isEmpty();
        }
    }

    private static String district(double lat, double lon) {
        return ((ReverseResult.Inside) GAZETTEER.reverse(lat, lon))
                .path()
                .district()
                .code()
                .value();
    }
}
