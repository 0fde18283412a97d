package org.fusioncentre.fusion;

import static java.util.Objects.requireNonNull;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Identifier of an incident, derived from its anchor observation (the one from the earliest
 * published report, ties by observation id), so a rebuild or another ingest order gives the same
 * id to the same set of observations, and an incident keeps its id as later reports join it.
 */
public record IncidentId(UUID value) {
    public IncidentId {
        requireNonNull(value, "value is null");
    }

    public static IncidentId ofAnchor(String observationId) {
        return new IncidentId(UUID.nameUUIDFromBytes(("incident|" + observationId).getBytes(StandardCharsets.UTF_8)));
    }

    /** @throws IllegalArgumentException when the text is not a UUID */
    public static IncidentId parse(String text) {
        try {
            return new IncidentId(UUID.fromString(text));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + text + "' is not an incident id", e);
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
