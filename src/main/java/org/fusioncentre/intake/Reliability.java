package org.fusioncentre.intake;

import static java.util.Objects.requireNonNull;

import java.util.Locale;

/** Admiralty source reliability grade. */
public enum Reliability {
    /** Completely reliable. */
    A,
    /** Usually reliable. */
    B,
    /** Fairly reliable. */
    C,
    /** Not usually reliable. */
    D,
    /** Unreliable. */
    E,
    /** Reliability cannot be judged: the grade of a source nobody has assessed yet. */
    F;

    public static Reliability parse(String text) {
        requireNonNull(text, "text is null");
        String value = text.strip().toUpperCase(Locale.ROOT);
        for (Reliability grade : values()) {
            if (grade.name().equals(value)) {
                return grade;
            }
        }
        throw new IllegalArgumentException("'" + text + "' is not an Admiralty reliability grade (A to F)");
    }
}
