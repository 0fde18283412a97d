package org.fusioncentre.fusion;

import static java.util.Objects.requireNonNull;

/**
 * Published, in the transaction that stores it, when an incident is created, changes its
 * observations, or ceases to exist ({@code removed}) because its observations now form other
 * incidents.
 */
public record IncidentUpdated(IncidentId incidentId, boolean removed) {
    public IncidentUpdated {
        requireNonNull(incidentId, "incidentId is null");
    }
}
