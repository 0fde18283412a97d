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

    /** The key of observations without a location. */
    public static final String UNPLACED_KEY = "-";

    /** A short stable key: {@code D:PK211}, {@code P:PK7}, or {@code -}. */
    public String key() {
        return districtPcode != null
                ? "D:" + districtPcode
                : provincePcode != null ? "P:" + provincePcode : UNPLACED_KEY;
    }
}
