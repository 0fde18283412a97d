package org.fusioncentre.intake;

import static java.util.Objects.requireNonNull;

import java.text.Normalizer;
import java.util.Locale;

/** Rules for source names: what is a valid name and when two spellings name the same source. */
public final class SourceName {
    public static final int MAX_LENGTH = 200;

    private SourceName() {}

    /** Checks a name and returns it without surrounding blanks. */
    public static String validate(String name) {
        requireNonNull(name, "name is null");
        String stripped = name.strip();
        if (stripped.isEmpty()) {
            throw new IllegalArgumentException("source name is blank");
        }
        if (stripped.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("source name is longer than " + MAX_LENGTH + " characters");
        }
        return stripped;
    }

    /** The comparison key: NFC, lower case, single spaces. */
    public static String key(String name) {
        String normalised = Normalizer.normalize(validate(name), Normalizer.Form.NFC);
        return normalised.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }
}
