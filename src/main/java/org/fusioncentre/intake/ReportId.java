package org.fusioncentre.intake;

import static java.util.Objects.requireNonNull;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Identifier of a stored report. It is derived from the source and the report's identity (its
 * external id, or its content hash when it has none), so re-running an interrupted import, a
 * rebuild, or another node produces the same id for the same report.
 */
public record ReportId(UUID value) {
    public ReportId {
        requireNonNull(value, "value is null");
    }

    public static ReportId derive(SourceId source, @Nullable String externalId, ContentHash hash) {
        String identity = externalId != null ? "external:" + externalId : "content:" + hash.hex();
        return new ReportId(UUID.nameUUIDFromBytes((source + "|" + identity).getBytes(StandardCharsets.UTF_8)));
    }

    /** @throws IllegalArgumentException when the text is not a UUID */
    public static ReportId parse(String text) {
        try {
            return new ReportId(UUID.fromString(text));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + text + "' is not a report id", e);
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
