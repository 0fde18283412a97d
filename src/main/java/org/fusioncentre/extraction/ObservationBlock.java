package org.fusioncentre.extraction;

import org.jspecify.annotations.Nullable;

/**
 * A set of observations that may describe the same incidents: those of one district, or those of
 * one province that name no district, or (both null) those without a location.
 */
public record ObservationBlock(
        @Nullable String districtPcode, @Nullable String provincePcode) {
    public static ObservationBlock of(Observation observation) {
        Observation.Location location = observation.location();
        if (location == null) {
            return new ObservationBlock(null, null);
        }
        return location.districtPcode() != null
                ? new ObservationBlock(location.districtPcode(), null)
                : new ObservationBlock(null, location.provincePcode());
    }

    /**
     * The district of an observation placed by its district alone — no tehsil, no place named (even
     * one the gazetteer does not know), no point: a dateline, or a district named in passing. Null for
     * observations placed more finely, or not in a district. Fusion may compare these with the
     * neighbouring districts' observations (a report datelined from the next town).
     */
    public static @Nullable String coarseDistrict(Observation observation) {
        Observation.Location location = observation.location();
        if (location == null
                || location.districtPcode() == null
                || location.tehsilPcode() != null
                || location.place() != null) {
            return null;
        }
        return switch (location.precision()) {
            case DISTRICT, DIVISION, PROVINCE -> location.districtPcode();
            case TEHSIL, PLACE, POINT -> null;
        };
    }

    /** The key of observations without a location. */
    public static final String UNPLACED_KEY = "-";

    /** A short stable key: {@code D:PK211}, {@code P:PK7}, or {@code -}. */
    public String key() {
        return districtPcode != null
                ? "D:" + districtPcode
                : provincePcode != null ? "P:" + provincePcode : UNPLACED_KEY;
    }
}
