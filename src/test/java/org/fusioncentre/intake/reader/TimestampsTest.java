package org.fusioncentre.intake.reader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.OffsetDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TimestampsTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "2024-11-09T08:30:00+05:00        | 2024-11-09T08:30:00+05:00",
                "2024-11-09T03:30:00Z             | 2024-11-09T03:30:00Z",
                "2024-11-09T08:30                 | 2024-11-09T08:30:00+05:00",
                "2024-11-09                       | 2024-11-09T00:00:00+05:00",
                "Sat, 09 Nov 2024 08:30:00 +0500  | 2024-11-09T08:30:00+05:00",
                "Mon, 09 Nov 2024 08:30:00 +0500  | 2024-11-09T08:30:00+05:00",
                "9 Nov 2024 03:30 GMT             | 2024-11-09T03:30:00Z",
            })
    void readsTheFormsSourcesWrite(String text, String expected) {
        assertThat(Timestamps.parse(text, ReaderFixture.PAKISTAN).toInstant())
                .isEqualTo(OffsetDateTime.parse(expected).toInstant());
    }

    @ParameterizedTest
    @ValueSource(strings = {"yesterday", "09/11/2024", "2024-13-01", ""})
    void rejectsWhatIsNoDateNamingTheValue(String text) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Timestamps.parse(text, ReaderFixture.PAKISTAN))
                .withMessageContaining("is not a date");
    }
}
