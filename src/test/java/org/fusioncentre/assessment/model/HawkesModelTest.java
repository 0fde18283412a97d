package org.fusioncentre.assessment.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.fusioncentre.assessment.model.Histories.event;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class HawkesModelTest {
    private static final List<String> DISTRICTS = List.of("PK201", "PK211", "PK226");
    private static final LocalDate START = LocalDate.parse("2000-01-01");

    /** A self-exciting cluster process: background incidents, each triggering Poisson(η) more. */
    private static List<Event> simulated(double background, double branching, double decayDays, int days, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Event> events = new ArrayList<>();
        Deque<double[]> queue = new ArrayDeque<>();
        for (int district = 0; district < DISTRICTS.size(); district++) {
            double time = 0;
            while (true) {
                time += -Math.log(1 - random.nextDouble()) / background;
                if (time >= days) {
                    break;
                }
                queue.add(new double[] {time, district});
            }
        }
        int id = 0;
        while (!queue.isEmpty()) {
            double[] incident = queue.poll();
            String district = DISTRICTS.get((int) incident[1]);
            events.add(new Event(
                    "e" + id++,
                    START.plusDays((long) incident[0]),
                    district,
                    district.substring(0, 3),
                    "BOMBING",
                    0,
                    0));
            int children = poisson(random, branching);
            for (int c = 0; c < children; c++) {
                double time = incident[0] - Math.log(1 - random.nextDouble()) * decayDays;
                if (time < days) {
                    queue.add(new double[] {time, incident[1]});
                }
            }
        }
        return events;
    }

    private static int poisson(SplittableRandom random, double mean) {
        int count = 0;
        double product = random.nextDouble();
        while (product > Math.exp(-mean)) {
            count++;
            product *= random.nextDouble();
        }
        return count;
    }

    @Test
    void recoversTheBranchingRatioAndDecayOfASimulatedProcess() {
        int days = 4000;
        EventHistory history = EventHistory.of(simulated(0.1, 0.5, 5, days, 17));
        HawkesModel model = new HawkesModel(Map.of(), new HawkesModel.Settings(days, 500, 200, 1, 10));
        HawkesModel.Fit fit = model.fit(history, START.plusDays(days), 30, DISTRICTS);

        assertThat(fit.fallback()).isEmpty();
        assertThat(fit.branchingRatio()).isCloseTo(0.5, within(0.1));
        assertThat(fit.decayDays()).isCloseTo(5, within(1.5));
        assertThat(fit.neighbourExcitation()).isZero();
        fit.backgroundPerDay().values().forEach(rate -> assertThat(rate).isCloseTo(0.1, within(0.03)));
        // stationary mean: background / (1 − η) per day
        for (CountForecast forecast : fit.forecasts()) {
            assertThat(forecast.distribution().mean()).isBetween(3.0, 9.0);
        }
    }

    @Test
    void forecastsMoreRightAfterABurstThanAfterAQuietSpell() {
        List<Event> events = new ArrayList<>(simulated(0.1, 0.5, 5, 2000, 3));
        LocalDate origin = START.plusDays(2000);
        Map<String, Double> means = new java.util.HashMap<>();
        for (int i = 0; i < 15; i++) {
            events.add(event("PK211", origin.minusDays(1).toString(), 0));
        }
        HawkesModel model = new HawkesModel(Map.of());
        List<CountForecast> forecasts = model.forecast(EventHistory.of(events), origin, 7, DISTRICTS);
        forecasts.forEach(forecast ->
                means.put(forecast.district(), forecast.distribution().mean()));
        assertThat(means.get("PK211")).isGreaterThan(means.get("PK201") + 2);
    }

    @Test
    void isReproducibleAndFallsBackOnTooShortAHistory() {
        EventHistory history = EventHistory.of(simulated(0.1, 0.5, 5, 1000, 5));
        HawkesModel model = new HawkesModel(Map.of());
        LocalDate origin = START.plusDays(1000);
        assertThat(model.forecast(history, origin, 30, DISTRICTS))
                .isEqualTo(model.forecast(history, origin, 30, DISTRICTS));
        HawkesModel.Fit tiny = model.fit(
                EventHistory.of(List.of(event("PK211", "2024-01-01", 0))),
                LocalDate.parse("2024-02-01"),
                30,
                DISTRICTS);
        assertThat(tiny.fallback()).isPresent();
        assertThat(tiny.forecasts()).hasSize(3);
    }
}
