package org.fusioncentre.intake;

import static java.util.Objects.requireNonNull;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** Identifier of a source, derived from its name so that rebuilds and other nodes agree on it. */
public record SourceId(UUID value) {
    public SourceId {
        requireNonNull(value, "value is null");
    }

    /** The id of the source with this name; names that differ only in case or spacing share one id. */
    public static SourceId forName(String name) {
        return new SourceId(
                UUID.nameUUIDFromBytes(("source:" + SourceName.key(name)).getBytes(StandardCharsets.UTF_8)));
    }

    public static SourceId parse(String text) {
        return new SourceId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
