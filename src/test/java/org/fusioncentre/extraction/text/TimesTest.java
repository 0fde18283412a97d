package org.fusioncentre.extraction.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import org.fusioncentre.extraction.TimeOfDay;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimesTest {
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "struck the van at about 07:45 hours today|07:45|30",
                "the attack took place at 1830 hrs near the bazaar|18:30|30",
                "at around 7:45am a bomb went off|07:45|30",
                "gunmen opened fire at 11 p.m. on Monday|23:00|60",
                "the blast at 9.30pm shook the town|21:30|30",
                "at 12 am the post came under fire|00:00|60",
            })
    void readsClockTimesAsPoliceAndThePressWriteThem(String text, String time, int tolerance) {
        assertThat(Times.clock(text)).isEqualTo(new TimeOfDay(LocalTime.parse(time), tolerance));
    }

    @Test
    void ignoresNumbersThatAreNotTimes() {
        assertThat(Times.clock("2 people were killed and 14.5 kg of explosives seized in 2024"))
                .isNull();
        assertThat(Times.clock("the 1122 rescue service reached the spot")).isNull();
    }

    @Test
    void readsPartsOfTheDayWithWideTolerance() {
        TimeOfDay night = Times.partOfDay("militants attacked the checkpost late on Monday night");
        TimeOfDay morning = Times.partOfDay("this morning's explosion in Domel");

        assertThat(night).isNotNull();
        assertThat(morning).isNotNull();
        assertThat(night.overlaps(morning)).isFalse();
        assertThat(night.overlaps(new TimeOfDay(LocalTime.of(1, 0), 30))).isTrue(); // across midnight
        assertThat(Times.partOfDay("the police said no group had claimed it")).isNull();
    }

    @Test
    void theTimeABombWasPlantedIsNotTheTimeOfTheBlast() {
        assertThat(Times.partOfDay("the IED had been planted overnight")).isNull();
        assertThat(Times.partOfDay("explosives placed on the track during the night went off in the morning"))
                .isEqualTo(new TimeOfDay(LocalTime.of(8, 30), 210));
    }

    @Test
    void knowsWhichPartsOfTheDayAreTheDayOfWritings() {
        assertThat(Times.partOfDayIsToday("the curfew was lifted this morning")).isTrue();
        assertThat(Times.partOfDayIsToday("a rally is planned tonight")).isTrue();
        assertThat(Times.partOfDayIsToday("militants attacked the post on Monday morning"))
                .isFalse();
        assertThat(Times.partOfDayIsToday("no time was given")).isFalse();
    }
}
