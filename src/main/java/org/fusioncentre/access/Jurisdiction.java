package org.fusioncentre.access;

import static java.util.Objects.requireNonNull;

import java.util.regex.Pattern;

/**
 * Where a user's job lies: the whole country ({@code PK}), a province or a district, by P-code.
 * Whether the code names a real unit is checked where users are stored.
 */
public record Jurisdiction(String code) {
    private static final Pattern FORMAT = Pattern.compile("PK|PK[1-7]|PK[1-7]\\d{2}");

    public Jurisdiction {
        requireNonNull(code, "code is null");
        if (!FORMAT.matcher(code).matches()) {
            throw new IllegalArgumentException(
                    "jurisdiction '" + code + "' is not PK (national), a province (PK1-PK7) or a district (PKxyy)");
        }
    }

    public static Jurisdiction parse(String text) {
        return new Jurisdiction(text.strip().toUpperCase(java.util.Locale.ROOT));
    }

    public static Jurisdiction national() {
        return new Jurisdiction("PK");
    }

    public boolean isNational() {
        return code.equals("PK");
    }

    /** Whether a unit (province, district or tehsil P-code) lies inside this jurisdiction. */
    public boolean contains(String unitPcode) {
        return unitPcode.startsWith(code);
    }
}
