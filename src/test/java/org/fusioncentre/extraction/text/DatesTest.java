package org.fusioncentre.extraction.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.fusioncentre.extraction.DatePrecision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DatesTest {
    /** Thursday 19 November 2026, 8 pm Pakistan time. */
    private static final LocalDateTime PUBLISHED = LocalDateTime.parse("2026-11-19T20:00:00");

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            nullValues = "-",
            value = {
                "The attack took place yesterday.                  | 2026-11-18 | 2026-11-18 | 2026-11-18 | DAY",
                "Militants struck late last night.                 | 2026-11-18 | 2026-11-18 | 2026-11-18 | DAY",
                "The blast occurred on Tuesday.                    | 2026-11-17 | 2026-11-17 | 2026-11-17 | DAY",
                "The convoy was ambushed on Sunday morning.        | 2026-11-15 | 2026-11-15 | 2026-11-15 | DAY",
                "Police said on Thursday.                          | 2026-11-19 | 2026-11-19 | 2026-11-19 | DAY",
                "The levies post was attacked last Thursday.       | 2026-11-12 | 2026-11-12 | 2026-11-12 | DAY",
                "The bombing on Wednesday killed three.            | 2026-11-18 | 2026-11-18 | 2026-11-18 | DAY",
                "A similar attack last week killed two.            | -          | 2026-11-09 | 2026-11-15 | WEEK",
                "Earlier this month, a suicide attack killed 27.   | -          | 2026-11-01 | 2026-11-18 | MONTH",
                "Last month, gunmen killed a teacher.              | -          | 2026-10-01 | 2026-10-31 | MONTH",
                "The attack on Nov 9 was claimed by the BLA.       | 2026-11-09 | 2026-11-09 | 2026-11-09 | DAY",
                "On November 9, militants attacked.                | 2026-11-09 | 2026-11-09 | 2026-11-09 | DAY",
                "On 9th November militants attacked.               | 2026-11-09 | 2026-11-09 | 2026-11-09 | DAY",
                "The December 24 attack was recalled.              | 2025-12-24 | 2025-12-24 | 2025-12-24 | DAY",
                "Two days ago a levies post came under fire.       | 2026-11-17 | 2026-11-17 | 2026-11-17 | DAY",
                "The March 3, 2024 attack.                         | 2024-03-03 | 2024-03-03 | 2024-03-03 | DAY",
                "The week opened on Monday, 9 November, with a blast. | 2026-11-09 | 2026-11-09 | 2026-11-09 | DAY",
                "On the 14th of this month, a tower was torched.   | 2026-11-14 | 2026-11-14 | 2026-11-14 | DAY",
                "On the 25th of last month, gunmen struck.         | 2026-10-25 | 2026-10-25 | 2026-10-25 | DAY",
                "In March, a suicide bomber struck a convoy.       | -          | 2026-03-01 | 2026-03-31 | MONTH",
                "In December, the post was attacked.               | -          | 2025-12-01 | 2025-12-31 | MONTH",
                "In August last year, a bomb killed three.         | -          | 2025-08-01 | 2025-08-31 | MONTH",
                "Earlier in November, two were killed.             | -          | 2026-11-01 | 2026-11-19 | MONTH",
                "The siege of March 11 last year ended.            | 2025-03-11 | 2025-03-11 | 2025-03-11 | DAY",
                "An attack earlier in the day was repulsed.        | 2026-11-19 | 2026-11-19 | 2026-11-19 | DAY",
                "On the night of 15/16 November 2026, troops engaged. | -        | 2026-11-15 | 2026-11-16 | DAY",
            })
    void resolvesAgainstThePublicationTime(
            String text, LocalDate date, LocalDate from, LocalDate to, DatePrecision precision) {
        DateMention first = Dates.in(text, PUBLISHED).getFirst();

        assertThat(first.date()).isEqualTo(date);
        assertThat(first.from()).isEqualTo(from);
        assertThat(first.to()).isEqualTo(to);
        assertThat(first.precision()).isEqualTo(precision);
    }

    @Test
    void aModalMayIsNotAMonth() {
        assertThat(Dates.in("Police may question the suspects, officials said.", PUBLISHED))
                .isEmpty();
    }

    @Test
    void givesTheSpanOfEachExpression() {
        String text = "Police said on Tuesday that the attack took place late last night.";

        List<DateMention> found = Dates.in(text, PUBLISHED);

        assertThat(found)
                .extracting(mention -> text.substring(mention.start(), mention.end()))
                .containsExactly("on Tuesday", "late last night");
    }

    @Test
    void impossibleDatesAreNotDates() {
        assertThat(Dates.in("on February 30 and 2026-13-45", PUBLISHED)).isEmpty();
    }

    @Property(tries = 300)
    void anyTextReturnsWithoutThrowing(@ForAll String text) {
        assertThat(Dates.in(text, PUBLISHED))
                .allSatisfy(mention -> assertThat(mention.from()).isBeforeOrEqualTo(PUBLISHED.toLocalDate()));
    }

    @Test
    void aMegabyteOfTextIsReadInLinearTime() {
        String text = "on Tuesday 12 ".repeat(80_000);

        assertThat(Dates.in(text, PUBLISHED)).hasSizeGreaterThan(1000);
    }
}
