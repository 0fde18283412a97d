package org.fusioncentre.assessment.model;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A district's forecast for the days after an as-of date, with its fatality probability and
 * threat level.
 *
 * @param district the district P-code
 * @param province the province P-code
 * @param asOf the last day whose events the forecast used
 * @param horizonDays the forecast window: the days after {@code asOf}
 * @param model the model's name
 * @param distribution the predicted incident count in the window
 * @param components the model's decomposition of the expected count, when it has one
 * @param probabilityOfAny P(at least one incident in the window)
 * @param probabilityOfFatal P(at least one fatal incident in the window)
 * @param probabilityOfFatalIn30Days the same for the next 30 days, which the level is defined on
 * @param level the statistical threat level
 */
public record DistrictForecast(
        String district,
        String province,
        LocalDate asOf,
        int horizonDays,
        String model,
        CountDistribution distribution,
        Optional<CountForecast.Components> components,
        double probabilityOfAny,
        double probabilityOfFatal,
        double probabilityOfFatalIn30Days,
        ThreatLevel level) {
    public DistrictForecast {
        requireNonNull(district, "district is null");
        requireNonNull(province, "province is null");
        requireNonNull(asOf, "asOf is null");
        requireNonNull(model, "model is null");
        requireNonNull(distribution, "distribution is null");
        requireNonNull(components, "components is null");
        requireNonNull(level, "level is null");
        if (horizonDays < 1) {
            throw new IllegalArgumentException("horizon must be at least one day: " + horizonDays);
        }
        for (double probability : new double[] {probabilityOfAny, probabilityOfFatal, probabilityOfFatalIn30Days}) {
            if (!(probability >= 0 && probability <= 1)) {
                throw new IllegalArgumentException("probability must be in [0, 1]: " + probability);
            }
        }
    }

    /** The expected count. */
    public double mean() {
        return distribution.mean();
    }

    /** The 10% quantile: the low end of the 80% interval. */
    public int p10() {
        return distribution.quantile(0.10);
    }

    /** The median. */
    public int p50() {
        return distribution.quantile(0.50);
    }

    /** The 90% quantile: the high end of the 80% interval. */
    public int p90() {
        return distribution.quantile(0.90);
    }
}
