package org.fusioncentre.assessment.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The honest baselines every model is shown beside (DESIGN §6). */
public enum Baseline implements AssessmentModel {
    /** B0: nothing will happen. */
    B0,
    /** B1: the last window's count, as a Poisson mean. */
    B1,
    /** B2: the district's last 12 windows, each equally likely. */
    B2,
    /** B3: the district's long-run rate over all windows since the history began. */
    B3;

    /** Windows of recent history behind B2. */
    public static final int RECENT_WINDOWS = 12;

    @Override
    public List<CountForecast> forecast(
            EventHistory history, LocalDate origin, int horizonDays, List<String> districts) {
        int windows = switch (this) {
            case B0 -> 0;
            case B1 -> 1;
            case B2 ->
                Math.min(
                        RECENT_WINDOWS,
                        WindowedCounts.windowsSinceFirstEvent(history, origin, horizonDays, RECENT_WINDOWS));
            case B3 -> WindowedCounts.windowsSinceFirstEvent(history, origin, horizonDays, Integer.MAX_VALUE);
        };
        WindowedCounts counts = WindowedCounts.of(history, districts, origin, horizonDays, windows);
        List<CountForecast> forecasts = new ArrayList<>();
        for (int row = 0; row < districts.size(); row++) {
            forecasts.add(new CountForecast(districts.get(row), distribution(counts.series(row)), Optional.empty()));
        }
        return forecasts;
    }

    private CountDistribution distribution(int[] series) {
        return switch (this) {
            case B0 -> new CountDistribution.Poisson(0);
            case B1 -> new CountDistribution.Poisson(series.length == 0 ? 0 : series[series.length - 1]);
            case B2 -> new CountDistribution.Empirical(series.length == 0 ? new int[] {0} : series);
            case B3 -> longRun(series);
        };
    }

    /**
     * The long-run rate as a negative binomial whose size matches the series' variance by the
     * method of moments, or a Poisson when the series is not over-dispersed: the width of the
     * interval then reflects how bursty the district has been.
     */
    static CountDistribution longRun(int[] series) {
        if (series.length == 0) {
            return new CountDistribution.Poisson(0);
        }
        double mean = 0;
        for (int count : series) {
            mean += count;
        }
        mean /= series.length;
        double variance = 0;
        for (int count : series) {
            variance += (count - mean) * (count - mean);
        }
        variance = series.length > 1 ? variance / (series.length - 1) : 0;
        if (mean == 0 || variance <= mean * 1.0001) {
            return new CountDistribution.Poisson(mean);
        }
        double size = Math.min(1e8, Math.max(1e-2, mean * mean / (variance - mean)));
        return new CountDistribution.NegativeBinomial(mean, size);
    }
}
