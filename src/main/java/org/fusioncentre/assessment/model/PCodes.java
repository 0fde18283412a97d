package org.fusioncentre.assessment.model;

import java.util.regex.Pattern;

/** The OCHA P-code scheme of DESIGN §4, as far as the models need it. */
public final class PCodes {
    // PK + province digit + two district digits; districts created after the OCHA list use the
    // same shape (PK291 Hub, PK791 Keamari), and tehsils (seven characters) are not districts.
    private static final Pattern DISTRICT = Pattern.compile("PK[1-7][0-9]{2}");

    private PCodes() {}

    /** Whether a code has the shape of a district P-code ({@code PKxyy}). */
    public static boolean isDistrict(String code) {
        return DISTRICT.matcher(code).matches();
    }

    /** The province of a district P-code: its first three characters. */
    public static String provinceOf(String district) {
        if (!isDistrict(district)) {
            throw new IllegalArgumentException("not a district P-code: " + district);
        }
        return district.substring(0, 3);
    }
}
