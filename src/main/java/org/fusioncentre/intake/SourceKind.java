package org.fusioncentre.intake;

import static java.util.Objects.requireNonNull;

import java.util.Locale;

/** What kind of organisation a source is. */
public enum SourceKind {
    NEWS,
    POLICE,
    /** A counter-terrorism department. */
    CTD,
    AGENCY,
    OFFICIAL_STATEMENT,
    NGO,
    OTHER;

    /** Parses a kind case-insensitively, accepting {@code counter-terrorism department} style words. */
    public static SourceKind parse(String text) {
        requireNonNull(text, "text is null");
        String value = text.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        if (value.equals("COUNTER_TERRORISM_DEPARTMENT")) {
            return CTD;
        }
        for (SourceKind kind : values()) {
            if (kind.name().equals(value)) {
                return kind;
            }
        }
        throw new IllegalArgumentException(
                "'" + text + "' is not a source kind (NEWS, POLICE, CTD, AGENCY, OFFICIAL_STATEMENT, NGO, OTHER)");
    }
}
