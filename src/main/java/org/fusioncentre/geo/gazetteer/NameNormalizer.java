package org.fusioncentre.geo.gazetteer;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Brings place names to one comparable form: lower case, no diacritics or punctuation, Urdu letter
 * variants unified, generic words dropped ("district", "tehsil", "agency", ضلع), the izafat "-e-"
 * dropped, split suffixes joined ("Benazir Abad" = "Benazirabad") and known transliteration
 * variants unified (Qambar = Kambar, Leiah = Layyah). Distinct places stay distinct: there is no
 * fuzzy matching, so Nowshera and Naushahro Feroze never meet. Idempotent.
 */
public final class NameNormalizer {
    /** Names longer than this (before or after normalising) are not place names; they normalise to nothing. */
    public static final int MAX_LENGTH = 200;

    private static final Set<String> GENERIC = Set.of(
            "district",
            "distt",
            "dist",
            "tehsil",
            "tahsil",
            "agency",
            "city",
            "area",
            "areas",
            "division",
            "town",
            "village",
            "the",
            "of",
            "tribal",
            "subdivision",
            "sub",
            "ضلع",
            "تحصیل",
            "شہر",
            "ڈویژن");
    private static final Set<String> JOINED_SUFFIXES = Set.of("abad", "pur", "kot", "garh", "nagar", "yar");
    private static final Map<String, String> VARIANTS = Map.ofEntries(
            Map.entry("qambar", "kambar"),
            Map.entry("qila", "killa"),
            Map.entry("qilla", "killa"),
            Map.entry("kila", "killa"),
            Map.entry("leiah", "layyah"),
            Map.entry("mohammad", "muhammad"),
            Map.entry("mohammed", "muhammad"),
            Map.entry("muhammed", "muhammad"),
            Map.entry("shahid", "shaheed"),
            Map.entry("shaheid", "shaheed"),
            Map.entry("abbotabad", "abbottabad"),
            Map.entry("dadu", "dadu"));

    private NameNormalizer() {}

    public static String normalize(String name) {
        if (name.length() > MAX_LENGTH) {
            return "";
        }
        String text = name;
        if (!isAscii(text)) {
            text = Normalizer.normalize(text, Normalizer.Form.NFKD).toLowerCase(Locale.ROOT);
            text = Normalizer.normalize(text, Normalizer.Form.NFKD);
        }
        StringBuilder cleaned = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                if (c >= 'A' && c <= 'Z') {
                    cleaned.append((char) (c + ('a' - 'A')));
                } else if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                    cleaned.append(c);
                } else {
                    cleaned.append(' ');
                }
                continue;
            }
            int type = Character.getType(c);
            if (type == Character.NON_SPACING_MARK
                    || type == Character.ENCLOSING_MARK
                    || type == Character.COMBINING_SPACING_MARK
                    || c == '\u0640') {
                continue; // diacritics, Arabic harakat, tatweel
            }
            if (Character.isLetterOrDigit(c)) {
                cleaned.append(urduVariant(Character.toLowerCase(c)));
            } else {
                cleaned.append(' ');
            }
        }
        List<String> tokens = new ArrayList<>();
        for (String token : cleaned.toString().split(" ")) {
            if (token.isEmpty() || GENERIC.contains(token) || token.equals("e")) {
                continue;
            }
            String variant = VARIANTS.getOrDefault(token, token);
            if (JOINED_SUFFIXES.contains(variant) && !tokens.isEmpty()) {
                int last = tokens.size() - 1;
                tokens.set(last, VARIANTS.getOrDefault(tokens.get(last) + variant, tokens.get(last) + variant));
            } else {
                tokens.add(variant);
            }
        }
        String normalised = String.join(" ", tokens);
        // decomposition can lengthen text (Hangul, ligatures): cap the result too, so that what
        // this returns is always short enough to normalise to itself
        return normalised.length() > MAX_LENGTH ? "" : normalised;
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** Arabic letters written for their Urdu counterparts. */
    private static char urduVariant(char c) {
        return switch (c) {
            case '\u064A', '\u0649' -> '\u06CC'; // Arabic yeh, alef maksura -> Farsi yeh
            case '\u0643' -> '\u06A9'; // Arabic kaf -> keheh
            case '\u0647' -> '\u06C1'; // heh -> heh goal
            case '\u0629' -> '\u06C3'; // teh marbuta -> teh marbuta goal
            default -> c;
        };
    }
}
