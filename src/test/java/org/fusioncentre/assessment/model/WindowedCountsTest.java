package org.fusioncentre.assessment.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fusioncentre.assessment.model.Histories.event;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class WindowedCountsTest {
    @Test
    void windowsEndTheDayBeforeTheOriginAndNeverCountTheOriginItself() {
        EventHistory history = EventHistory.of(List.of(
                event("PK211", "2024-01-24", 0), // 8 days before: window 0 of two 7-day windows
                event("PK211", "2024-01-25", 1), // 7 days before: window 1
                event("PK211", "2024-01-31", 0), // the day before: window 1
                event("PK211", "2024-02-01", 0), // the origin: not counted
                event("PK226", "2024-01-31", 0)));
        WindowedCounts counts =
                WindowedCounts.of(history, List.of("PK211", "PK205"), LocalDate.parse("2024-02-01"), 7, 2);
        assertThat(counts.series(0)).containsExactly(1, 2);
        assertThat(counts.fatalCount(0, 1)).isEqualTo(1);
        assertThat(counts.series(1)).containsExactly(0, 0);
    }

    @Test
    void countsWindowsBackToTheFirstEvent() {
        EventHistory history = EventHistory.of(List.of(event("PK211", "2024-01-10", 0)));
        LocalDate origin = LocalDate.parse("2024-02-01");
        // 22 days before the origin: three 10-day windows reach it
        assertThat(WindowedCounts.windowsSinceFirstEvent(history, origin, 10, 100))
                .isEqualTo(3);
        assertThat(WindowedCounts.windowsSinceFirstEvent(history, origin, 10, 2))
                .isEqualTo(2);
        assertThat(WindowedCounts.windowsSinceFirstEvent(EventHistory.of(List.of()), origin, 10, 100))
                .isZero();
    }
}
