package org.fusioncentre.extraction;

/** How an incident is tied to an organisation (DESIGN §4), strongest first. */
public enum ClaimStatus {
    /** The organisation itself claimed it. */
    CLAIMED,
    /** Officials say it did it. */
    ATTRIBUTED,
    /** Someone suspects it. */
    SUSPECTED
}
