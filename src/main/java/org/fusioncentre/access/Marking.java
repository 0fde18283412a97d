package org.fusioncentre.access;

import static java.util.Objects.requireNonNull;

import java.util.Locale;

/**
 * Traffic Light Protocol 2.0 marking of a record. Order matters: each value is more restrictive
 * than the one before it.
 */
public enum Marking {
    CLEAR("CLEAR"),
    GREEN("GREEN"),
    AMBER("AMBER"),
    AMBER_STRICT("AMBER+STRICT"),
    RED("RED");

    private final String label;

    Marking(String label) {
        this.label = label;
    }

    /** The TLP label without prefix, e.g. {@code AMBER+STRICT}. */
    public String label() {
        return label;
    }

    /** The full TLP form, e.g. {@code TLP:AMBER+STRICT}. */
    public String tlp() {
        return "TLP:" + label;
    }

    /**
     * Parses {@code TLP:AMBER}, {@code AMBER}, {@code amber+strict} or {@code AMBER_STRICT}.
     *
     * @throws IllegalArgumentException naming the accepted values when the text is not a marking
     */
    public static Marking parse(String text) {
        requireNonNull(text, "text is null");
        String value = text.strip().toUpperCase(Locale.ROOT);
        if (value.startsWith("TLP:")) {
            value = value.substring(4).strip();
        }
        for (Marking marking : values()) {
            if (marking.label.equals(value) || marking.name().equals(value)) {
                return marking;
            }
        }
        throw new IllegalArgumentException(
                "'" + text + "' is not a TLP marking (CLEAR, GREEN, AMBER, AMBER+STRICT, RED)");
    }
}
