package org.fusioncentre.assessment.model;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * One district's predicted incident count for one window.
 *
 * @param district the district P-code
 * @param distribution the predictive distribution of the count
 * @param components what the expected count is made of, for models that decompose it (M1)
 */
public record CountForecast(String district, CountDistribution distribution, Optional<Components> components) {
    public CountForecast {
        requireNonNull(district, "district is null");
        requireNonNull(distribution, "distribution is null");
        requireNonNull(components, "components is null");
    }

    /**
     * The parts of an endemic–epidemic expected count: the district's own baseline level, its
     * own recent activity carried forward, and activity spilling over from its neighbours.
     */
    public record Components(double endemic, double ownEpidemic, double neighbourEpidemic) {
        public Components {
            if (!(endemic >= 0 && ownEpidemic >= 0 && neighbourEpidemic >= 0)
                    || Double.isInfinite(endemic + ownEpidemic + neighbourEpidemic)) {
                throw new IllegalArgumentException("components must be finite and non-negative: " + endemic + ", "
                        + ownEpidemic + ", " + neighbourEpidemic);
            }
        }

        /** The expected count: the sum of the components. */
        public double total() {
            return endemic + ownEpidemic + neighbourEpidemic;
        }

        /** The neighbours' share of the expected count (zero when the count is zero). */
        public double contagionShare() {
            double total = total();
            return total == 0 ? 0 : neighbourEpidemic / total;
        }
    }
}
