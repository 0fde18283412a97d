package org.fusioncentre.geo;

import static java.util.Objects.requireNonNull;

import java.util.regex.Pattern;

/**
 * An OCHA COD-AB P-code: province {@code PK6}, district {@code PK630}, tehsil {@code PK63001}; and
 * in the same scheme the codes this project assigns: districts created after the OCHA list use
 * {@code yy} from 91 ({@code PK791} Keamari), divisions use {@code Dnn} ({@code PK7D02} Karachi).
 */
public record PCode(String value) implements Comparable<PCode> {
    private static final Pattern FORMAT = Pattern.compile("PK[1-7](\\d{2}(\\d{2})?|D\\d{2})?");

    public PCode {
        requireNonNull(value, "value is null");
        if (!FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("'" + value + "' is not a P-code (PK6, PK630, PK63001, PK7D02)");
        }
    }

    public static PCode of(String text) {
        requireNonNull(text, "text is null");
        return new PCode(text.strip().toUpperCase(java.util.Locale.ROOT));
    }

    /** The province this code lies in, e.g. {@code PK6} for {@code PK63001}. */
    public PCode province() {
        return value.length() == 3 ? this : new PCode(value.substring(0, 3));
    }

    @Override
    public int compareTo(PCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
