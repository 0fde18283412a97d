package org.fusioncentre.assessment.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.fusioncentre.assessment.model.Histories.event;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ForecasterTest {
    @Test
    void forecastsEveryDistrictOfTheHistoryAndTheAdjacencyUsingEventsOnOrBeforeAsOf() {
        EventHistory history = EventHistory.of(List.of(
                event("PK211", "2024-01-10", 1),
                event("PK211", "2024-01-31", 0),
                event("PK226", "2024-02-01", 0))); // after as-of
        List<DistrictForecast> forecasts = new Forecaster(Baseline.B1, Map.of("PK211", Set.of("PK205")))
                .forecast(history, LocalDate.parse("2024-01-31"), 30);
        assertThat(forecasts).extracting(DistrictForecast::district).containsExactly("PK205", "PK211");
        DistrictForecast kech = forecasts.get(1);
        // B1: Poisson(2) from the 30 days up to and including 01-31
        assertThat(kech.mean()).isEqualTo(2);
        assertThat(kech.probabilityOfAny()).isCloseTo(1 - Math.exp(-2), within(1e-12));
        double lethality =
                Lethality.before(history, LocalDate.parse("2024-02-01")).of("PK211");
        assertThat(kech.probabilityOfFatal()).isCloseTo(1 - Math.exp(-2 * lethality), within(1e-12));
        assertThat(kech.level()).isEqualTo(ThreatLevel.of(kech.probabilityOfFatalIn30Days()));
        assertThat(kech.p10()).isLessThanOrEqualTo(kech.p50()).isLessThanOrEqualTo(kech.p90());
        assertThat(forecasts.getFirst().mean()).isZero();
        assertThat(forecasts.getFirst().level()).isEqualTo(ThreatLevel.LOW);
    }

    @Test
    void levelIsOnThirtyDaysWhateverTheHorizon() {
        EventHistory history = EventHistory.of(List.of(event("PK211", "2024-01-30", 1)));
        DistrictForecast weekly = new Forecaster(Baseline.B1, Map.of())
                .forecast(history, LocalDate.parse("2024-01-31"), 7)
                .getFirst();
        DistrictForecast monthly = new Forecaster(Baseline.B1, Map.of())
                .forecast(history, LocalDate.parse("2024-01-31"), 30)
                .getFirst();
        assertThat(weekly.probabilityOfFatalIn30Days()).isEqualTo(monthly.probabilityOfFatal());
        assertThat(weekly.level()).isEqualTo(monthly.level());
    }

    @Test
    void emptyHistoryGivesNoForecastsWithoutAdjacencyAndZeroesWithIt() {
        EventHistory empty = EventHistory.of(List.of());
        assertThat(new Forecaster(new EndemicEpidemicModel(Map.of()), Map.of())
                        .forecast(empty, LocalDate.parse("2024-01-31"), 30))
                .isEmpty();
        assertThat(new Forecaster(new EndemicEpidemicModel(Map.of()), Map.of("PK211", Set.of()))
                        .forecast(empty, LocalDate.parse("2024-01-31"), 30))
                .singleElement()
                .satisfies(forecast -> {
                    assertThat(forecast.mean()).isZero();
                    assertThat(forecast.level()).isEqualTo(ThreatLevel.LOW);
                });
    }
}
