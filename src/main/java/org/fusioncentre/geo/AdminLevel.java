package org.fusioncentre.geo;

/** Levels of Pakistan's administrative hierarchy, coarsest first. */
public enum AdminLevel {
    PROVINCE,
    /** Divisions group districts; only named in P-codes this project assigns ({@code PK7D02}). */
    DIVISION,
    DISTRICT,
    TEHSIL
}
