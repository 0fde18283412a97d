package org.fusioncentre.assessment.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.fusioncentre.assessment.model.Histories.event;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EndemicEpidemicModelTest {
    private static final List<String> DISTRICTS = List.of("PK201", "PK205", "PK211", "PK224", "PK226", "PK213");
    // a chain: each district touches the next
    private static final Map<String, Set<String>> ADJACENCY = Map.of(
            "PK201", Set.of("PK205"),
            "PK205", Set.of("PK211"),
            "PK211", Set.of("PK224"),
            "PK224", Set.of("PK226"),
            "PK226", Set.of("PK213"));
    private static final int[][] NEIGHBOURS = {{1}, {0, 2}, {1, 3}, {2, 4}, {3, 5}, {4}};
    private static final LocalDate START = LocalDate.parse("2000-01-01");

    @Test
    void recoversTheParametersOfDataSimulatedFromItself() {
        double[] endemic = {0.5, 1.0, 2.0, 0.8, 1.5, 0.3};
        int windows = 600;
        EventHistory history = EventHistory.of(
                Histories.simulated(DISTRICTS, NEIGHBOURS, endemic, 0.4, 0.2, 3.0, windows, 7, START, 42));
        EndemicEpidemicModel model =
                new EndemicEpidemicModel(ADJACENCY, new EndemicEpidemicModel.Settings(windows * 7, 24, 10.0, 10));
        EndemicEpidemicModel.Fit fit = model.fit(history, START.plusDays(windows * 7L), 7, DISTRICTS);

        assertThat(fit.fallback()).isEmpty();
        // the simulation carries the last window alone, and the profile over decays finds that
        assertThat(fit.lagDecay()).isEqualTo(1.0);
        assertThat(fit.ownRate()).isCloseTo(0.4, within(0.08));
        assertThat(fit.neighbourRate()).isCloseTo(0.2, within(0.12));
        assertThat(fit.size()).isCloseTo(3.0, within(1.2));
        for (int i = 0; i < DISTRICTS.size(); i++) {
            double level = Math.exp(fit.intercept() + fit.districtEffects().get(DISTRICTS.get(i)));
            assertThat(level).as(DISTRICTS.get(i)).isCloseTo(endemic[i], within(0.25 * endemic[i] + 0.1));
        }
    }

    @Test
    void forecastIsTheSumOfItsComponents() {
        double[] endemic = {0.5, 1.0, 2.0, 0.8, 1.5, 0.3};
        EventHistory history =
                EventHistory.of(Histories.simulated(DISTRICTS, NEIGHBOURS, endemic, 0.4, 0.2, 3.0, 200, 30, START, 7));
        List<CountForecast> forecasts =
                new EndemicEpidemicModel(ADJACENCY).forecast(history, START.plusDays(200 * 30L), 30, DISTRICTS);
        assertThat(forecasts).hasSize(DISTRICTS.size()).allSatisfy(forecast -> {
            CountForecast.Components components = forecast.components().orElseThrow();
            assertThat(forecast.distribution().mean()).isCloseTo(components.total(), within(1e-9));
            assertThat(components.contagionShare()).isBetween(0.0, 1.0);
        });
        assertThat(forecasts)
                .anySatisfy(forecast -> assertThat(
                                forecast.components().orElseThrow().neighbourEpidemic())
                        .isPositive());
    }

    @Test
    void fallsBackToTheLongRunRateOnTooShortAHistory() {
        EventHistory history = EventHistory.of(List.of(event("PK211", "2024-01-05", 1)));
        EndemicEpidemicModel.Fit fit = new EndemicEpidemicModel(Map.of())
                .fit(history, LocalDate.parse("2024-03-01"), 30, List.of("PK211", "PK226"));
        assertThat(fit.fallback())
                .hasValueSatisfying(reason -> assertThat(reason).contains("too little history"));
        assertThat(fit.forecasts())
                .extracting(CountForecast::distribution)
                .containsExactly(Baseline.longRun(new int[] {1, 0}), new CountDistribution.Poisson(0));
    }

    @Test
    void usesNothingDatedOnOrAfterTheOrigin() {
        double[] endemic = {0.5, 1.0, 2.0, 0.8, 1.5, 0.3};
        List<Event> past = Histories.simulated(DISTRICTS, NEIGHBOURS, endemic, 0.4, 0.2, 3.0, 60, 30, START, 3);
        LocalDate origin = START.plusDays(60 * 30L);
        List<Event> withFuture = new java.util.ArrayList<>(past);
        for (int i = 0; i < 50; i++) {
            withFuture.add(event("PK211", origin.plusDays(i % 20).toString(), 1));
        }
        EndemicEpidemicModel model = new EndemicEpidemicModel(ADJACENCY);
        assertThat(model.forecast(EventHistory.of(withFuture), origin, 30, DISTRICTS))
                .isEqualTo(model.forecast(EventHistory.of(past), origin, 30, DISTRICTS));
    }
}
