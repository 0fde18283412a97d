package org.fusioncentre.geo;

/**
 * How precisely a location is known, finest first. DIVISION sits between DISTRICT and PROVINCE
 * for mentions such as "Karachi" that name a division of several districts.
 */
public enum GeoPrecision {
    POINT,
    PLACE,
    TEHSIL,
    DISTRICT,
    DIVISION,
    PROVINCE;

    public static GeoPrecision of(AdminLevel level) {
        return switch (level) {
            case PROVINCE -> PROVINCE;
            case DIVISION -> DIVISION;
            case DISTRICT -> DISTRICT;
            case TEHSIL -> TEHSIL;
        };
    }
}
