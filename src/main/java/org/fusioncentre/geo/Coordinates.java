package org.fusioncentre.geo;

/** Range checks for latitude and longitude, with messages that name the value. */
public final class Coordinates {
    private Coordinates() {}

    /** @throws IllegalArgumentException when either value is out of range or not a number */
    public static void check(double lat, double lon) {
        if (!(lat >= -90 && lat <= 90)) {
            throw new IllegalArgumentException("latitude must be between -90 and 90, not " + lat);
        }
        if (!(lon >= -180 && lon <= 180)) {
            throw new IllegalArgumentException("longitude must be between -180 and 180, not " + lon);
        }
    }
}
