package org.fusioncentre.coordination;

/** The plan's lines of effort. */
public enum LineOfEffort {
    DIPLOMATIC,
    POLITICAL,
    INFORMATIONAL,
    INTELLIGENCE,
    SOCIO_ECONOMIC,
    MILITARY,
    LAW_ENFORCEMENT
}
