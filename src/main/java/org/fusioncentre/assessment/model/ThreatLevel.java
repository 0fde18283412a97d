package org.fusioncentre.assessment.model;

/**
 * The statistical threat level of a district, from the probability of at least one fatal
 * incident in the next 30 days.
 */
public enum ThreatLevel {
    /** below 10% */
    LOW,
    /** 10% to 35% */
    MODERATE,
    /** 35% to 65% */
    SUBSTANTIAL,
    /** 65% to 90% */
    SEVERE,
    /** above 90% */
    CRITICAL;

    /** The days of the window the thresholds are defined on. */
    public static final int WINDOW_DAYS = 30;

    /**
     * The level for a probability of at least one fatal incident in {@link #WINDOW_DAYS} days. A
     * probability exactly on a threshold takes the higher level.
     */
    public static ThreatLevel of(double probabilityOfFatalIncident) {
        if (!(probabilityOfFatalIncident >= 0 && probabilityOfFatalIncident <= 1)) {
            throw new IllegalArgumentException("probability must be in [0, 1]: " + probabilityOfFatalIncident);
        }
        if (probabilityOfFatalIncident < 0.10) {
            return LOW;
        }
        if (probabilityOfFatalIncident < 0.35) {
            return MODERATE;
        }
        if (probabilityOfFatalIncident < 0.65) {
            return SUBSTANTIAL;
        }
        if (probabilityOfFatalIncident <= 0.90) {
            return SEVERE;
        }
        return CRITICAL;
    }
}
