package org.fusioncentre.extraction.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.fusioncentre.extraction.Qualifier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumbersTest {

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "27 people were killed                    | 27  | EXACT",
                "at least 27 people                       | 27  | AT_LEAST",
                "more than 50 injured                     | 51  | AT_LEAST",
                "more than fifty injured                  | 51  | AT_LEAST",
                "over 30 passengers                       | 31  | AT_LEAST",
                "seven soldiers                           | 7   | EXACT",
                "twenty-three people                      | 23  | EXACT",
                "twenty three people                      | 23  | EXACT",
                "a dozen labourers                        | 12  | EXACT",
                "dozens of people                         | 12  | APPROX",
                "scores of people                         | 20  | APPROX",
                "nearly 40 people                         | 40  | APPROX",
                "up to 15 people                          | 15  | UP_TO",
                "as many as 9 people                      | 9   | UP_TO",
                "1,200 families                           | 1200| EXACT",
                "no one was hurt                          | 0   | EXACT",
                "a couple of policemen                    | 2   | EXACT",
                "three hundred people                     | 300 | EXACT",
            })
    void readsTheFirstCountWithItsQualifier(String text, long value, Qualifier qualifier) {
        NumberPhrase first = Numbers.find(text).getFirst();

        assertThat(first.value()).isEqualTo(value);
        assertThat(first.qualifier()).isEqualTo(qualifier);
        assertThat(first.start()).isZero();
    }

    @org.junit.jupiter.api.Test
    void findsEveryCountWithItsSpan() {
        String text = "Two soldiers and a civilian were martyred while at least 11 others were injured.";

        List<NumberPhrase> found = Numbers.find(text);

        assertThat(found).extracting(NumberPhrase::value).containsExactly(2L, 11L);
        assertThat(text.substring(found.get(1).start(), found.get(1).end())).isEqualTo("at least 11");
    }

    @org.junit.jupiter.api.Test
    void hugeNumbersAreCapped() {
        assertThat(Numbers.find("1000000000000 people").getFirst().value()).isEqualTo(1_000_000L);
    }

    @Property(tries = 500)
    void anyTextGivesCountsWithinItsBounds(@ForAll String text) {
        for (NumberPhrase phrase : Numbers.find(text)) {
            assertThat(phrase.end()).isLessThanOrEqualTo(text.length());
            assertThat(phrase.value()).isBetween(0L, 1_000_000L);
        }
    }
}
