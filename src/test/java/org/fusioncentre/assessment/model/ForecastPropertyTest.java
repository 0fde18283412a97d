package org.fusioncentre.assessment.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Any history, however sparse or bursty: forecasts are finite, intervals ordered, never an exception. */
class ForecastPropertyTest {
    private static final List<String> DISTRICTS = List.of("PK201", "PK211", "PK226", "PK501", "PK701");
    private static final LocalDate AS_OF = LocalDate.parse("2024-06-30");

    @Provide
    Arbitrary<List<Event>> histories() {
        Arbitrary<Event> event = Combinators.combine(
                        Arbitraries.of(DISTRICTS),
                        Arbitraries.integers().between(-900, 60),
                        Arbitraries.integers().between(0, 30),
                        Arbitraries.strings().alpha().ofLength(6))
                .as((district, day, killed, id) ->
                        new Event(id, AS_OF.plusDays(day), district, district.substring(0, 3), "BOMBING", killed, 0));
        // bursts: the same event repeated, so some windows hold dozens
        return event.list()
                .ofMaxSize(60)
                .flatMap(events -> Arbitraries.integers().between(1, 20).map(burst -> {
                    List<Event> all = new ArrayList<>(events);
                    if (!events.isEmpty()) {
                        for (int i = 0; i < burst; i++) {
                            all.add(events.getFirst());
                        }
                    }
                    return all;
                }));
    }

    @Property(tries = 60)
    void forecastsAreFiniteAndOrdered(
            @ForAll("histories") List<Event> events, @ForAll @IntRange(min = 1, max = 60) int horizon) {
        EventHistory history = EventHistory.of(events);
        List<AssessmentModel> models = new ArrayList<>(List.of(Baseline.values()));
        models.add(new EndemicEpidemicModel(Map.of("PK201", Set.of("PK211"))));
        models.add(new HawkesModel(Map.of("PK201", Set.of("PK211"))));
        for (AssessmentModel model : models) {
            for (DistrictForecast forecast :
                    new Forecaster(model, Map.of("PK201", Set.of("PK211"))).forecast(history, AS_OF, horizon)) {
                assertThat(forecast.mean()).as(model.name()).isFinite().isNotNegative();
                assertThat(forecast.p10()).isLessThanOrEqualTo(forecast.p50());
                assertThat(forecast.p50()).isLessThanOrEqualTo(forecast.p90());
                assertThat(forecast.probabilityOfFatal()).isBetween(0.0, forecast.probabilityOfAny());
                assertThat(forecast.probabilityOfAny()).isBetween(0.0, 1.0);
                forecast.components()
                        .ifPresent(components ->
                                assertThat(components.contagionShare()).isBetween(0.0, 1.0));
            }
        }
    }

    @Property(tries = 30)
    void scoresAreFiniteForAnyOutcome(
            @ForAll("histories") List<Event> events, @ForAll @IntRange(min = 0, max = 500) int outcome) {
        EventHistory history = EventHistory.of(events);
        List<String> districts = List.of("PK211");
        for (CountForecast forecast :
                new EndemicEpidemicModel(Map.of()).forecast(history, AS_OF.plusDays(1), 30, districts)) {
            assertThat(Scores.crps(forecast.distribution(), outcome)).isFinite().isNotNegative();
            assertThat(Scores.logScore(forecast.distribution(), outcome))
                    .isFinite()
                    .isNotNegative();
            assertThat(Scores.randomisedCoverage(forecast.distribution(), outcome, 0.8))
                    .isBetween(0.0, 1.0);
        }
    }
}
