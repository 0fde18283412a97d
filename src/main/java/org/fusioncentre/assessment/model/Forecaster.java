package org.fusioncentre.assessment.model;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Turns a model's count forecasts into district forecasts with fatality probabilities and threat
 * levels, as of a day: events dated on or before {@code asOf} are used, and the forecast covers
 * the {@code horizonDays} days after it.
 */
public final class Forecaster {
    private final AssessmentModel model;
    private final Map<String, Set<String>> adjacency;

    /** A forecaster running this model for the districts of the history and of the adjacency map. */
    public Forecaster(AssessmentModel model, Map<String, Set<String>> adjacency) {
        this.model = requireNonNull(model, "model is null");
        this.adjacency = Map.copyOf(requireNonNull(adjacency, "adjacency is null"));
    }

    /**
     * The districts a forecast covers: every district with an event in the history and every
     * district the adjacency map names, sorted.
     */
    public static List<String> districts(EventHistory history, Map<String, Set<String>> adjacency) {
        Set<String> districts = new TreeSet<>(history.districts());
        adjacency.forEach((district, neighbours) -> {
            districts.add(district);
            districts.addAll(neighbours);
        });
        districts.removeIf(district -> !PCodes.isDistrict(district));
        return List.copyOf(districts);
    }

    /** One forecast per district, in P-code order. */
    public List<DistrictForecast> forecast(EventHistory history, LocalDate asOf, int horizonDays) {
        requireNonNull(asOf, "asOf is null");
        if (horizonDays < 1) {
            throw new IllegalArgumentException("horizon must be at least one day: " + horizonDays);
        }
        LocalDate origin = asOf.plusDays(1);
        EventHistory known = history.before(origin);
        List<String> districts = districts(known, adjacency);
        Lethality lethality = Lethality.before(known, origin);
        List<CountForecast> forecasts = model.forecast(known, origin, horizonDays, districts);
        // the level is defined on 30 days; other horizons need a second forecast for it
        List<CountForecast> monthly = horizonDays == ThreatLevel.WINDOW_DAYS
                ? forecasts
                : model.forecast(known, origin, ThreatLevel.WINDOW_DAYS, districts);
        List<DistrictForecast> result = new ArrayList<>();
        for (int i = 0; i < districts.size(); i++) {
            String district = districts.get(i);
            CountForecast forecast = forecasts.get(i);
            double share = lethality.of(district);
            double fatalInMonth = monthly.get(i).distribution().probabilityOfAnyMarked(share);
            result.add(new DistrictForecast(
                    district,
                    PCodes.provinceOf(district),
                    asOf,
                    horizonDays,
                    model.name(),
                    forecast.distribution(),
                    forecast.components(),
                    forecast.distribution().probabilityOfAny(),
                    forecast.distribution().probabilityOfAnyMarked(share),
                    fatalInMonth,
                    ThreatLevel.of(fatalInMonth)));
        }
        return result;
    }
}
