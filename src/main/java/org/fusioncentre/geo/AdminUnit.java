package org.fusioncentre.geo;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * An administrative unit.
 *
 * @param parent the unit above (a district's province, a tehsil's district); null for provinces
 * @param division the division's name, where known
 * @param lat latitude of the unit's centroid (polygon centroid, not its headquarters town)
 */
public record AdminUnit(
        PCode code,
        AdminLevel level,
        String name,
        @Nullable String nameUrdu,
        @Nullable PCode parent,
        @Nullable String division,
        double lat,
        double lon) {

    public AdminUnit {
        requireNonNull(code, "code is null");
        requireNonNull(level, "level is null");
        requireNonNull(name, "name is null");
        if (lat < -90 || lat > 90 || lon < -180 || lon > 180) {
            throw new IllegalArgumentException("coordinates of " + code + " are out of range");
        }
    }

    public PCode province() {
        return code.province();
    }
}
