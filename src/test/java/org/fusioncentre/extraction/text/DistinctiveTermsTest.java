package org.fusioncentre.extraction.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.fusioncentre.extraction.Observation;
import org.fusioncentre.extraction.TextExtractor;
import org.fusioncentre.geo.gazetteer.Gazetteer;
import org.junit.jupiter.api.Test;

class DistinctiveTermsTest {
    private static final DistinctiveTerms TERMS = DistinctiveTerms.withCommonWords(Set.of("quetta", "kech"));

    @Test
    void keepsTheDetailsAndDropsWhatEveryReportSays() {
        assertThat(TERMS.of("QUETTA, April 9: Two policemen were martyred and 11 people injured when a bomb"
                        + " planted on a cart exploded near the vegetable market on Sariab Road on Thursday,"
                        + " officials said."))
                .containsExactly("cart", "vegetable", "market", "sariab", "road");
    }

    @Test
    void foldsPluralsAndKeepsEachTermOnce() {
        assertThat(TERMS.of("Vendors ran. A vendor and two labourers; the labourers' stalls, a stall, casualties"))
                .containsExactly("vendor", "ran", "labourer", "stall");
        assertThat(DistinctiveTerms.singular("press")).isEqualTo("press");
        assertThat(DistinctiveTerms.singular("bus")).isEqualTo("bus");
        assertThat(DistinctiveTerms.singular("militias")).isEqualTo("militia");
    }

    @Test
    void keepsLatinWordsOnlyAndDropsTheirAccents() {
        assertThat(TERMS.of("کوئٹہ میں دھماکا near the Bolán pass, 2 km from Kech"))
                .containsExactly("bolan", "pass");
    }

    @Test
    void keepsTheFirstFortyTermsOfALongReportAndCutsOverlongWords() {
        StringBuilder text = new StringBuilder("a".repeat(40) + " ");
        for (int i = 0; i < 60; i++) {
            text.append("word")
                    .append((char) ('a' + i % 26))
                    .append((char) ('a' + i / 26))
                    .append(' ');
        }
        List<String> terms = TERMS.of(text.toString());
        assertThat(terms).hasSize(DistinctiveTerms.LIMIT);
        assertThat(terms.getFirst()).hasSize(DistinctiveTerms.LONGEST);
        assertThat(terms.get(1)).isEqualTo("wordaa");
    }

    /** A round-up's incidents keep their own words; the place each was located at is left to the place features. */
    @Test
    void eachIncidentOfARoundUpHasTheWordsOfItsOwnPassage() {
        Gazetteer gazetteer = Gazetteer.fromClasspath();
        TextExtractor extractor = TextExtractor.standard(gazetteer);
        String body = "Two Levies personnel were martyred when militants attacked their checkpost on the coastal"
                + " highway in Kech district on Monday night.\n\nIn a separate incident, a shopkeeper was shot"
                + " dead inside his pharmacy in the main bazaar of Panjgur on Tuesday morning, police said.";
        List<Observation> observations =
                extractor.extract("Balochistan round-up", body, LocalDateTime.of(2026, 4, 14, 18, 0));
        assertThat(observations).hasSize(2);

        List<List<String>> terms = extractor.terms("Balochistan round-up", body, observations);

        assertThat(terms.get(0))
                .contains("levy", "checkpost", "coastal", "highway")
                .doesNotContain("pharmacy");
        assertThat(terms.get(1)).contains("shopkeeper", "pharmacy", "bazaar").doesNotContain("checkpost", "panjgur");
    }
}
