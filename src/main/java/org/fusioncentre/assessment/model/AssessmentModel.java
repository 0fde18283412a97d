package org.fusioncentre.assessment.model;

import java.time.LocalDate;
import java.util.List;

/**
 * A forecaster of incident counts per district in the window {@code [origin, origin + horizon)}.
 * Implementations use only events dated strictly before the origin, whatever history they are
 * given, so a backtest cannot leak the future into a forecast.
 */
public interface AssessmentModel {
    /** The name shown in output: {@code B0}–{@code B3}, {@code M1}. */
    String name();

    /**
     * One forecast per requested district, in the order requested.
     *
     * @param history the incident history (events on or after the origin are ignored)
     * @param origin the first day of the forecast window
     * @param horizonDays the window length in days; models count in windows of this length, so the
     *     forecast is always one step ahead
     * @param districts the district P-codes to forecast, including ones with no history
     */
    List<CountForecast> forecast(EventHistory history, LocalDate origin, int horizonDays, List<String> districts);
}
