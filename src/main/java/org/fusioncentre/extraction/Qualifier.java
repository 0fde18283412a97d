package org.fusioncentre.extraction;

/** How a reported figure is qualified (DESIGN §4). */
public enum Qualifier {
    EXACT,
    AT_LEAST,
    APPROX,
    UP_TO
}
