package org.fusioncentre.assessment.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.fusioncentre.assessment.model.Histories.event;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class BaselineTest {
    // 10-day windows before 2024-02-01: [01-22, 02-01) is the last, [01-12, 01-22) the one before,
    // [01-02, 01-12) the first since the history began on 01-05
    private static final LocalDate ORIGIN = LocalDate.parse("2024-02-01");
    private static final EventHistory HISTORY = EventHistory.of(List.of(
            event("PK211", "2024-01-05", 0),
            event("PK211", "2024-01-06", 1),
            event("PK211", "2024-01-15", 0),
            event("PK211", "2024-01-25", 0),
            event("PK211", "2024-01-31", 2),
            event("PK211", "2024-01-31", 0),
            event("PK226", "2024-01-20", 0),
            // on the origin: must not be seen
            event("PK226", "2024-02-01", 3)));
    private static final List<String> DISTRICTS = List.of("PK211", "PK226", "PK205");

    private static List<CountForecast> forecast(Baseline baseline) {
        return baseline.forecast(HISTORY, ORIGIN, 10, DISTRICTS);
    }

    @Test
    void zeroBaselineForecastsNothing() {
        assertThat(forecast(Baseline.B0))
                .allSatisfy(
                        forecast -> assertThat(forecast.distribution().mean()).isZero());
    }

    @Test
    void lastValueBaselineIsPoissonOnTheLastWindow() {
        List<CountForecast> forecasts = forecast(Baseline.B1);
        assertThat(forecasts.get(0).distribution()).isEqualTo(new CountDistribution.Poisson(3));
        assertThat(forecasts.get(1).distribution()).isEqualTo(new CountDistribution.Poisson(0));
        assertThat(forecasts.get(2).distribution()).isEqualTo(new CountDistribution.Poisson(0));
    }

    @Test
    void recentWindowsBaselineIsTheEmpiricalDistributionOfWindowsSinceTheHistoryBegan() {
        List<CountForecast> forecasts = forecast(Baseline.B2);
        assertThat(forecasts.get(0).distribution()).isEqualTo(new CountDistribution.Empirical(new int[] {2, 1, 3}));
        assertThat(forecasts.get(1).distribution()).isEqualTo(new CountDistribution.Empirical(new int[] {0, 1, 0}));
        assertThat(forecasts.get(2).distribution()).isEqualTo(new CountDistribution.Empirical(new int[] {0, 0, 0}));
    }

    @Test
    void recentWindowsBaselineKeepsTwelveWindows() {
        List<Event> events = new java.util.ArrayList<>();
        for (int day = 1; day <= 20; day++) {
            events.add(event("PK211", "2024-01-%02d".formatted(day), 0));
        }
        CountDistribution distribution = Baseline.B2
                .forecast(EventHistory.of(events), LocalDate.parse("2024-01-21"), 1, List.of("PK211"))
                .getFirst()
                .distribution();
        assertThat(((CountDistribution.Empirical) distribution).values()).hasSize(12);
    }

    @Test
    void longRunBaselineMatchesTheMeanAndWidensForBurstyDistricts() {
        List<CountForecast> forecasts = forecast(Baseline.B3);
        // PK211: counts 2, 1, 3: mean 2, variance 1 < mean → Poisson
        assertThat(forecasts.get(0).distribution()).isEqualTo(new CountDistribution.Poisson(2));
        CountDistribution bursty = Baseline.longRun(new int[] {0, 0, 0, 8});
        // mean 2, variance 16: size = 4 / 14
        assertThat(bursty).isInstanceOf(CountDistribution.NegativeBinomial.class);
        assertThat(((CountDistribution.NegativeBinomial) bursty).size()).isCloseTo(4.0 / 14, within(1e-12));
        assertThat(Baseline.longRun(new int[0])).isEqualTo(new CountDistribution.Poisson(0));
    }

    @Test
    void emptyHistoryGivesZeroForecastsForEveryBaseline() {
        for (Baseline baseline : Baseline.values()) {
            List<CountForecast> forecasts = baseline.forecast(EventHistory.of(List.of()), ORIGIN, 30, List.of("PK211"));
            assertThat(forecasts)
                    .singleElement()
                    .satisfies(forecast ->
                            assertThat(forecast.distribution().mean()).isZero());
        }
    }
}
