package org.fusioncentre.fusion;

import static java.util.Objects.requireNonNull;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Identifier of an incident, derived from its anchor observation (the one from the earliest
 * published report, ties by report and place in it) by its report and its place there, so a
 * rebuild or another ingest order gives the same id to the same set of observations, an incident
 * keeps its id as later reports join it, and a new extractor version that reads the anchor's
 * report alike leaves it unchanged (directives name incidents by id).
 */
public record IncidentId(UUID value) {
    public IncidentId {
        requireNonNull(value, "value is null");
    }

    public static IncidentId ofAnchor(String reportId, int ordinal) {
        return new IncidentId(
                UUID.nameUUIDFromBytes(("incident|" + reportId + "#" + ordinal).getBytes(StandardCharsets.UTF_8)));
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
