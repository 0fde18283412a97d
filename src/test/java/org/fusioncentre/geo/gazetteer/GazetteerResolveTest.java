package org.fusioncentre.geo.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.fusioncentre.geo.GeoCandidate;
import org.fusioncentre.geo.GeoPrecision;
import org.fusioncentre.geo.PCode;
import org.fusioncentre.geo.ResolveContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Place mentions as reports write them, and the district each must land in. */
class GazetteerResolveTest {
    static final Gazetteer GAZETTEER = Gazetteer.fromClasspath();

    /** mention | context (may be empty) | expected P-code of the best candidate's district (or unit) */
    @ParameterizedTest(name = "{0} -> {2}")
    @CsvSource(
            delimiter = '|',
            nullValues = "",
            value = {
                // official names
                "Quetta                                 |                                              | PK226",
                "Peshawar                               |                                              | PK528",
                "Lahore                                 |                                              | PK617",
                "North Waziristan                       |                                              | PK525",
                "South Waziristan                       |                                              | PK530",
                "Lakki Marwat                           |                                              | PK519",
                "Kech                                   |                                              | PK211",
                "Gwadar                                 |                                              | PK205",
                "Panjgur                                |                                              | PK224",
                "Mastung district                       |                                              | PK220",
                "Khyber district                        |                                              | PK513",
                "Kurram                                 |                                              | PK518",
                "Bajaur                                 |                                              | PK502",
                "Dera Bugti                             |                                              | PK204",
                "Zhob                                   |                                              | PK231",
                // abbreviations and spellings
                "DI Khan                                |                                              | PK509",
                "D.I. Khan                              |                                              | PK509",
                "D. I. Khan                             |                                              | PK509",
                "DIK                                    |                                              | PK509",
                "Dera Ismail Khan                       |                                              | PK509",
                "DG Khan                                |                                              | PK607",
                "D.G. Khan                              |                                              | PK607",
                "RYK                                    |                                              | PK628",
                "NWA                                    |                                              | PK525",
                "SWA                                    |                                              | PK530",
                "Layyah                                 |                                              | PK618",
                "Leiah                                  |                                              | PK618",
                "Kambar Shahdadkot                      |                                              | PK709",
                "Qambar-Shahdadkot                      |                                              | PK709",
                "Lakki                                  |                                              | PK519",
                "Abbotabad                              |                                              | PK501",
                "Tando Allah Yar                        |                                              | PK724",
                "Qila Abdullah                          |                                              | PK214",
                // old names and towns reports use for districts
                "Turbat                                 |                                              | PK211",
                "Nawabshah                               |                                              | PK719",
                "Shaheed Benazirabad                    |                                              | PK719",
                "Lyallpur                               |                                              | PK608",
                "Campbellpur                            |                                              | PK601",
                "Bolan                                  |                                              | PK209",
                "Sui                                    |                                              | PK204",
                "Khyber Agency                          |                                              | PK513",
                "Kurram Agency                          |                                              | PK518",
                "Orakzai Agency                         |                                              | PK527",
                "North Waziristan Agency                |                                              | PK525",
                "Parachinar                             |                                              | PK518",
                "Miranshah                              |                                              | PK525",
                "Miran Shah                             |                                              | PK525",
                "Mir Ali                                |                                              | PK525",
                "Wana                                   |                                              | PK530",
                "Mingora                                |                                              | PK532",
                // tehsil and villages with a named district
                "Mir Ali tehsil of North Waziristan     |                                              | PK525",
                "Shah-e-Mardan area of Kalat district   |                                              | PK210",
                "Mangochar area of Kalat district       |                                              | PK210",
                "a village near Turbat                  |                                              | PK211",
                "Datta Khel, North Waziristan           |                                              | PK525",
                // landmarks
                "Quetta Railway Station                 |                                              | PK226",
                "Peshawar High Court                    |                                              | PK528",
                "Lahore Press Club                      |                                              | PK617",
                // new districts
                "Keamari                                |                                              | PK791",
                "Kemari                                 |                                              | PK791",
                "Hub                                    |                                              | PK291",
                "Usta Muhammad                          |                                              | PK292",
                "Murree                                 |                                              | PK691",
                "Talagang                               |                                              | PK692",
                "Kot Addu                               |                                              | PK693",
                "Taunsa                                 |                                              | PK694",
                "Wazirabad                              |                                              | PK695",
                // Urdu script
                "کوئٹہ                                  |                                              | PK226",
                "پشاور                                  |                                              | PK528",
                "ضلع کیچ                                |                                              | PK211",
                // Karachi districts by police and OCHA names
                "Karachi West                           |                                              | PK729",
                "District East                          |                                              | PK704",
                "Malir                                  |                                              | PK714",
                "Korangi                                |                                              | PK712",
                // ambiguous names decided by context
                "Kalat                                  | Militants attacked a levies post in Kalat district of Balochistan. | PK210",
                "Bannu                                  | Police in Bannu said the attackers fled.       | PK503",
            })
    void resolvesTheMentionToItsDistrict(String mention, String context, String expected) {
        List<GeoCandidate> candidates =
                GAZETTEER.resolve(mention, context == null ? ResolveContext.none() : ResolveContext.of(context));

        assertThat(candidates).as("candidates for %s", mention).isNotEmpty();
        GeoCandidate best = candidates.getFirst();
        PCode district =
                best.districtCode() != null ? best.districtCode() : best.unit().code();
        assertThat(district.value()).as("best of %s", candidates).isEqualTo(expected);
    }

    @Test
    void karachiAloneIsTheDivisionCoveringItsDistricts() {
        GeoCandidate best = GAZETTEER.resolve("Karachi", ResolveContext.none()).getFirst();

        assertThat(best.precision()).isEqualTo(GeoPrecision.DIVISION);
        assertThat(best.unit().name()).isEqualTo("Karachi");
        assertThat(best.path().province().code().value()).isEqualTo("PK7");
    }

    @Test
    void aLandmarkResolvesToItsCityAtPlacePrecisionKeepingTheLandmark() {
        GeoCandidate best = GAZETTEER
                .resolve("Quetta Railway Station", ResolveContext.none())
                .getFirst();

        assertThat(best.precision()).isEqualTo(GeoPrecision.PLACE);
        assertThat(best.place()).isEqualTo("Quetta Railway Station");
        assertThat(best.via()).isEqualTo("landmark");
    }

    @Test
    void aLandmarkWithAKnownPositionLandsInTheDistrictItsPolygonsSay() {
        GeoCandidate best =
                GAZETTEER.resolve("Karachi airport", ResolveContext.none()).getFirst();

        assertThat(best.precision()).isEqualTo(GeoPrecision.POINT);
        assertThat(best.place()).isEqualTo("Karachi airport");
        assertThat(best.path().division()).isEqualTo("Karachi");
        assertThat(best.lat()).isBetween(24.85, 24.95);
    }

    @Test
    void anUnknownVillageFallsBackToTheDistrictTheTextNames() {
        GeoCandidate best = GAZETTEER
                .resolve("Shah-e-Mardan area of Kalat district", ResolveContext.none())
                .getFirst();

        assertThat(best.precision()).isEqualTo(GeoPrecision.DISTRICT);
        assertThat(best.place()).isEqualTo("Shah-e-Mardan");
    }

    @Test
    void theProvinceOfTheReportDecidesBetweenNamesakes() {
        List<GeoCandidate> inSindh = GAZETTEER.resolve("Hyderabad", new ResolveContext(null, PCode.of("PK7")));

        assertThat(inSindh.getFirst().path().province().code().value()).isEqualTo("PK7");
    }

    @Test
    void distinctPlacesWithSimilarNamesStayDistinct() {
        String nowshera = GAZETTEER
                .resolve("Nowshera", ResolveContext.none())
                .getFirst()
                .districtCode()
                .value();
        String naushahro = GAZETTEER
                .resolve("Naushahro Feroze", ResolveContext.none())
                .getFirst()
                .districtCode()
                .value();

        assertThat(nowshera).isEqualTo("PK526");
        assertThat(naushahro).isEqualTo("PK717");
    }
}
