package org.fusioncentre.coordination;

import static java.util.Objects.requireNonNull;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A committee of the plan, one per unit: the federal apex committee ({@code PK}), a provincial apex
 * committee per province or territory, a district coordination committee per district.
 *
 * @param parentId the committee above it; null for the federal apex committee
 */
public record Committee(
        UUID id,
        String name,
        Level level,
        String jurisdictionPcode,
        @Nullable UUID parentId) {
    public enum Level {
        FEDERAL,
        PROVINCIAL,
        DISTRICT
    }

    public Committee {
        requireNonNull(id, "id is null");
        requireNonNull(name, "name is null");
        requireNonNull(level, "level is null");
        requireNonNull(jurisdictionPcode, "jurisdictionPcode is null");
    }

    /** The committee of a unit has the same id on every node and after every rebuild. */
    public static UUID idOf(String jurisdictionPcode) {
        return UUID.nameUUIDFromBytes(("committee|" + jurisdictionPcode).getBytes(StandardCharsets.UTF_8));
    }
}
