package org.fusioncentre.geo;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/** Where a location lies: province, division, district and tehsil, as far as known. */
public record AdminPath(
        AdminUnit province,
        @Nullable String division,
        @Nullable AdminUnit district,
        @Nullable AdminUnit tehsil) {
    public AdminPath {
        requireNonNull(province, "province is null");
    }
}
