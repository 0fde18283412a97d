package org.fusioncentre.geo;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * One reading of a place mention.
 *
 * @param unit the finest admin unit the mention is known to lie in
 * @param place the place or landmark named, when finer than the unit ("Quetta Railway Station")
 * @param score higher is likelier; comparable between candidates of one resolve
 * @param via how it matched: unit, alias, place, landmark, container
 */
public record GeoCandidate(
        AdminUnit unit,
        AdminPath path,
        GeoPrecision precision,
        double lat,
        double lon,
        @Nullable String place,
        double score,
        String via) {

    public GeoCandidate {
        requireNonNull(unit, "unit is null");
        requireNonNull(path, "path is null");
        requireNonNull(precision, "precision is null");
        requireNonNull(via, "via is null");
    }

    /** The district code, when the candidate lies in one district. */
    public @Nullable PCode districtCode() {
        return path.district() == null ? null : path.district().code();
    }
}
