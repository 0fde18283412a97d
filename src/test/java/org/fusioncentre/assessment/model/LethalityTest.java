package org.fusioncentre.assessment.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.fusioncentre.assessment.model.Histories.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LethalityTest {
    @Test
    void shrinksADistrictWithFewIncidentsTowardsItsProvince() {
        List<Event> events = new ArrayList<>();
        // Balochistan: 20 incidents, 5 fatal; of them PK211 has 2, both fatal
        for (int i = 0; i < 18; i++) {
            events.add(event("PK226", "2024-01-%02d".formatted(i + 1), i < 3 ? 1 : 0));
        }
        events.add(event("PK211", "2024-01-20", 2));
        events.add(event("PK211", "2024-01-21", 1));
        Lethality lethality = Lethality.before(EventHistory.of(events), LocalDate.parse("2024-02-01"));
        double overall = (5 + 0.5) / (20 + 1);
        double province = (5 + 10 * overall) / (20 + 10);
        assertThat(lethality.of("PK211")).isCloseTo((2 + 10 * province) / (2 + 10), within(1e-12));
        assertThat(lethality.of("PK211")).isBetween(province, 1.0);
        // a district without incidents takes its province's share; a province without them, the overall one
        assertThat(lethality.of("PK205")).isCloseTo(province, within(1e-12));
        assertThat(lethality.of("PK701")).isCloseTo(overall, within(1e-12));
    }

    @Test
    void ignoresIncidentsOnOrAfterTheOrigin() {
        EventHistory history = EventHistory.of(List.of(event("PK211", "2024-02-01", 5)));
        assertThat(Lethality.before(history, LocalDate.parse("2024-02-01")).of("PK211"))
                .isEqualTo(0.5);
    }
}
