package org.fusioncentre.geo.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameNormalizerTest {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "D.I. Khan              | D I Khan",
                "Shah-e-Mardan          | Shah Mardan",
                "Shaheed Benazir Abad   | Shaheed Benazirabad",
                "Qambar Shahdadkot      | Kambar Shahdad Kot",
                "Leiah                  | Layyah",
                "Kalat District         | kalat",
                "Tehsil Mir Ali         | Mir Ali",
                "Khyber Agency          | Khyber",
                "Tando Allah Yar        | Tando Allahyar",
                "Qila Abdullah          | Killa Abdullah",
                "ضلع کیچ                | کیچ",
                "Peshāwar               | Peshawar",
            })
    void spellingsOfOnePlaceNormaliseAlike(String one, String other) {
        assertThat(NameNormalizer.normalize(one)).isEqualTo(NameNormalizer.normalize(other));
    }

    @ParameterizedTest(name = "{0} != {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Nowshera               | Naushahro Feroze",
                "North Waziristan       | South Waziristan",
                "Lower Dir              | Upper Dir",
                "Khyber                 | Khyber Pakhtunkhwa",
            })
    void distinctPlacesStayDistinct(String one, String other) {
        assertThat(NameNormalizer.normalize(one)).isNotEqualTo(NameNormalizer.normalize(other));
    }

    @Property(tries = 2000)
    void normalisingTwiceChangesNothing(@ForAll String name) {
        String once = NameNormalizer.normalize(name);

        assertThat(NameNormalizer.normalize(once)).isEqualTo(once);
    }

    @Property(tries = 500)
    void anyTextNormalisesWithoutThrowingAndLongTextToNothing(@ForAll String name) {
        String normalised = NameNormalizer.normalize(name.repeat(300));

        assertThat(normalised.isEmpty() || name.length() * 300 <= NameNormalizer.MAX_LENGTH)
                .isTrue();
    }
}
