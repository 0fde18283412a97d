package org.fusioncentre.extraction;

import static java.util.Objects.requireNonNull;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.fusioncentre.intake.ReportId;

/**
 * Identifier of a stored observation, derived from its report, the extractor version and its
 * place in the report, so re-extraction with the same version reproduces the same ids.
 */
public record ObservationId(UUID value) {
    public ObservationId {
        requireNonNull(value, "value is null");
    }

    public static ObservationId derive(ReportId report, String extractorVersion, int ordinal) {
        String name = report + "|" + extractorVersion + "|" + ordinal;
        return new ObservationId(UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)));
    }

    /** @throws IllegalArgumentException when the text is not a UUID */
    public static ObservationId parse(String text) {
        try {
            return new ObservationId(UUID.fromString(text));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + text + "' is not an observation id", e);
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
