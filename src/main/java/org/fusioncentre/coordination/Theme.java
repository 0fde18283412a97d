package org.fusioncentre.coordination;

/** What a directive is about. */
public enum Theme {
    TERRORISM,
    LAW_AND_ORDER,
    SUB_NATIONALISM,
    RELIGIOUS_EXTREMISM,
    ILLEGAL_ECONOMY,
    CRIME_TERROR_NEXUS,
    DISINFORMATION,
    OTHER
}
