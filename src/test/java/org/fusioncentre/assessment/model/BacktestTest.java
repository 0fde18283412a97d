package org.fusioncentre.assessment.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BacktestTest {
    private static final List<String> DISTRICTS = List.of("PK201", "PK205", "PK211", "PK701");
    private static final int[][] NEIGHBOURS = {{1}, {0, 2}, {1}, {}};
    private static final LocalDate START = LocalDate.parse("2020-01-01");

    private static EventHistory history() {
        return EventHistory.of(
                Histories.simulated(DISTRICTS, NEIGHBOURS, new double[] {0.5, 2, 4, 1}, 0.4, 0, 2, 100, 10, START, 11));
    }

    @Test
    void originsStepUntilTheLastWholeWindowEndsByTheEndDate() {
        Backtest.Settings settings =
                new Backtest.Settings(LocalDate.parse("2022-01-01"), LocalDate.parse("2022-01-31"), 7, 7, 100, 1);
        // windows start 01-01, 01-08, 01-15, 01-22; 01-29 + 7 days would end after 01-31
        assertThat(settings.origins())
                .containsExactly(
                        LocalDate.parse("2022-01-01"),
                        LocalDate.parse("2022-01-08"),
                        LocalDate.parse("2022-01-15"),
                        LocalDate.parse("2022-01-22"));
        assertThatThrownBy(() -> new Backtest.Settings(
                        LocalDate.parse("2022-01-01"), LocalDate.parse("2022-01-05"), 7, 7, 100, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no origin fits");
    }

    @Test
    void scoresEveryModelBesideTheBaselinesWithIntervalsAroundTheEstimates() {
        Backtest.Settings settings = new Backtest.Settings(START.plusDays(500), START.plusDays(999), 10, 10, 200, 5);
        Backtest.Report report =
                new Backtest(List.of(new EndemicEpidemicModel(Map.of())), Map.of(), settings).run(history());
        assertThat(report.models())
                .extracting(Backtest.ModelReport::model)
                .containsExactly("B0", "B1", "B2", "B3", "M1");
        assertThat(report.origins()).hasSize(50);
        assertThat(report.reference()).isIn("B1", "B2");
        for (Backtest.ModelReport model : report.models()) {
            Backtest.Metrics overall = model.overall();
            assertThat(overall.forecasts()).isEqualTo(50 * DISTRICTS.size());
            for (Backtest.Estimate estimate : List.of(
                    overall.crps(),
                    overall.logScore(),
                    overall.coverage80(),
                    overall.brierAny(),
                    overall.brierFatal())) {
                assertThat(estimate.value()).isBetween(estimate.low(), estimate.high());
            }
            assertThat(model.byProvince()).containsOnlyKeys("PK2", "PK7");
            assertThat(model.byProvince().get("PK2").forecasts()).isEqualTo(150);
        }
        Backtest.Metrics zero = report.models().getFirst().overall();
        // B0 puts all mass on zero: its CRPS is the mean count, its P(any) always 0
        assertThat(zero.crps().value()).isCloseTo(zero.meanCount(), within(1e-9));
        assertThat(zero.aucAny())
                .hasValueSatisfying(auc -> assertThat(auc.value()).isEqualTo(0.5));
        Backtest.Metrics reference = report.models().stream()
                .filter(model -> model.model().equals(report.reference()))
                .findFirst()
                .orElseThrow()
                .overall();
        assertThat(reference.relativeCrpsImprovement())
                .hasValueSatisfying(
                        improvement -> assertThat(improvement.value()).isZero());
        // data simulated from M1 itself: M1 beats the better of B1 and B2
        Backtest.Metrics m1 = report.models().getLast().overall();
        assertThat(m1.relativeCrpsImprovement())
                .hasValueSatisfying(improvement -> assertThat(improvement.low()).isPositive());
    }

    @Test
    void sameSeedGivesTheSameIntervals() {
        Backtest.Settings settings = new Backtest.Settings(START.plusDays(500), START.plusDays(799), 10, 10, 100, 9);
        Backtest backtest = new Backtest(List.of(), Map.of(), settings);
        assertThat(backtest.run(history())).isEqualTo(backtest.run(history()));
    }
}
