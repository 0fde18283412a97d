package org.fusioncentre.assessment.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class EventHistoryTest {
    private static EventHistory read(String csv) {
        return EventHistory.read(new StringReader(csv), "events.csv");
    }

    @Test
    void readsTheExportFormatIgnoringExtraColumnsAndSortsByDate() {
        EventHistory history = read("""
                incident_id,event_type,date,province_pcode,district_pcode,place,killed_best,injured_best,sources
                b,BOMBING,2024-03-02,PK2,PK211,Turbat,3,,2
                a,ARMED_CLASH,2024-03-01,PK2,PK226,Quetta,0,4,1
                """);
        assertThat(history.events()).extracting(Event::incidentId).containsExactly("a", "b");
        assertThat(history.events().get(1).killed()).isEqualTo(3);
        assertThat(history.events().get(1).injured()).isZero();
        assertThat(history.events().get(1).fatal()).isTrue();
        assertThat(history.districts()).containsExactly("PK211", "PK226");
        assertThat(history.last()).hasValue(LocalDate.parse("2024-03-02"));
    }

    @Test
    void skipsAndCountsRowsWithoutADistrictOrWithAnUnknownCode() {
        EventHistory history = read("""
                incident_id,date,district_pcode,province_pcode,event_type,killed_best,injured_best
                a,2024-03-01,,PK2,BOMBING,0,0
                b,2024-03-01,PK21101,PK2,BOMBING,0,0
                c,2024-03-01,Kech,PK2,BOMBING,0,0
                d,2024-03-01,PK211,PK2,BOMBING,0,0
                """);
        assertThat(history.events()).extracting(Event::incidentId).containsExactly("d");
        assertThat(history.skippedWithoutDistrict()).isEqualTo(1);
        assertThat(history.skippedUnknownDistrict()).isEqualTo(2);
    }

    @Test
    void namesTheMissingColumns() {
        assertThatThrownBy(() -> read("incident_id,date,district_pcode\na,2024-01-01,PK211\n"))
                .isInstanceOf(EventsRejected.class)
                .hasMessage(
                        "events.csv: line 1: missing column(s) province_pcode, event_type, killed_best, injured_best"
                                + " (need incident_id,date,district_pcode,province_pcode,event_type,killed_best,injured_best)");
    }

    @Test
    void namesTheLineOfABadDateOrNumber() {
        String header = "incident_id,date,district_pcode,province_pcode,event_type,killed_best,injured_best\n";
        assertThatThrownBy(
                        () -> read(header + "a,2024-01-01,PK211,PK2,BOMBING,0,0\nb,01/02/2024,PK211,PK2,BOMBING,0,0\n"))
                .isInstanceOf(EventsRejected.class)
                .hasMessage("events.csv: line 3: bad date '01/02/2024' (expected YYYY-MM-DD)");
        assertThatThrownBy(() -> read(header + "a,2024-01-01,PK211,PK2,BOMBING,many,0\n"))
                .isInstanceOf(EventsRejected.class)
                .hasMessage("events.csv: line 2: bad killed_best 'many'");
        assertThatThrownBy(() -> read(header + "a,2024-01-01,PK211\n"))
                .isInstanceOf(EventsRejected.class)
                .hasMessageStartingWith("events.csv: line 2: expected 7 columns");
    }

    @Test
    void malformedQuotingIsRejectedWithTheFileName() {
        String header = "incident_id,date,district_pcode,province_pcode,event_type,killed_best,injured_best\n";
        assertThatThrownBy(() -> read(header + "\"a\"x,2024-01-01,PK211,PK2,BOMBING,0,0\n"))
                .isInstanceOf(EventsRejected.class)
                .hasMessageStartingWith("events.csv: ")
                .hasMessageContaining("at line: 2");
    }

    @Test
    void beforeKeepsOnlyEventsStrictlyBeforeTheDay() {
        EventHistory history = EventHistory.of(java.util.List.of(
                Histories.event("PK211", "2024-01-01", 0),
                Histories.event("PK211", "2024-01-02", 0),
                Histories.event("PK211", "2024-01-03", 0)));
        assertThat(history.before(LocalDate.parse("2024-01-03")).events()).hasSize(2);
        assertThat(history.before(LocalDate.parse("2024-01-01")).isEmpty()).isTrue();
    }
}
