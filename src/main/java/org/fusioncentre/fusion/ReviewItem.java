package org.fusioncentre.fusion;

import static java.util.Objects.requireNonNull;

/**
 * Two incidents fusion kept apart though they nearly matched: an analyst should look at them and
 * merge them or leave them. The probability is the average pair score of their observations.
 */
public record ReviewItem(IncidentId incident, IncidentId candidate, double probability) {
    public ReviewItem {
        requireNonNull(incident, "incident is null");
        requireNonNull(candidate, "candidate is null");
    }
}
