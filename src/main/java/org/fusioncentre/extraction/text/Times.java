package org.fusioncentre.extraction.text;

import java.time.LocalTime;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fusioncentre.extraction.TimeOfDay;
import org.jspecify.annotations.Nullable;

/**
 * The time of day a sentence gives: police reports' "at about 07:45 hours" and "1830 hrs", the
 * press's "at around 7:45am" and "11 p.m.", or a part of the day ("this morning", "late on Monday
 * night"). A clock time beats a part of the day; the first of each kind counts.
 */
public final class Times {
    private static final Pattern CLOCK = Pattern.compile(
            "(?<![\\d.:])(?:"
                    + "(?<h24>[01]?\\d|2[0-3])[:.](?<m24>[0-5]\\d)\\s*(?:hours|hrs\\.?|hr)(?![a-z])"
                    + "|(?<hhmm>(?:[01]\\d|2[0-3])[0-5]\\d)\\s*(?:hours|hrs\\.?)(?![a-z])"
                    + "|(?<h12>1[0-2]|0?[1-9])(?:[:.](?<m12>[0-5]\\d))?\\s*(?<half>a\\.?m\\.?|p\\.?m\\.?)(?![a-z])"
                    + ")",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PART = Pattern.compile(
            "\\b(?:(?<dawn>early hours|small hours|dawn|pre-dawn|daybreak)"
                    + "|(?<morning>morning)"
                    + "|(?<noon>noon|midday)"
                    + "|(?<afternoon>afternoon)"
                    + "|(?<evening>evening|dusk|sunset|iftar)"
                    + "|(?<night>night|overnight|midnight|tonight))\\b",
            Pattern.CASE_INSENSITIVE);

    private Times() {}

    /** A clock time in the text, if any. */
    public static @Nullable TimeOfDay clock(String text) {
        Matcher m = CLOCK.matcher(text);
        while (m.find()) {
            if (m.group("h24") != null) {
                return new TimeOfDay(
                        LocalTime.of(Integer.parseInt(m.group("h24")), Integer.parseInt(m.group("m24"))), 30);
            }
            if (m.group("hhmm") != null) {
                int value = Integer.parseInt(m.group("hhmm"));
                return new TimeOfDay(LocalTime.of(value / 100, value % 100), 30);
            }
            int hour = Integer.parseInt(m.group("h12")) % 12;
            if (m.group("half").toLowerCase(Locale.ROOT).startsWith("p")) {
                hour += 12;
            }
            String minutes = m.group("m12");
            return new TimeOfDay(
                    LocalTime.of(hour, minutes == null ? 0 : Integer.parseInt(minutes)), minutes == null ? 60 : 30);
        }
        return null;
    }

    /** A part of the day named in the text, if any, as its middle and half its span. */
    public static @Nullable TimeOfDay partOfDay(String text) {
        Matcher m = PART.matcher(text);
        if (!m.find()) {
            return null;
        }
        if (m.group("dawn") != null) {
            return new TimeOfDay(LocalTime.of(4, 30), 120);
        }
        if (m.group("morning") != null) {
            return new TimeOfDay(LocalTime.of(8, 30), 210);
        }
        if (m.group("noon") != null) {
            return new TimeOfDay(LocalTime.NOON, 60);
        }
        if (m.group("afternoon") != null) {
            return new TimeOfDay(LocalTime.of(14, 30), 150);
        }
        if (m.group("evening") != null) {
            return new TimeOfDay(LocalTime.of(19, 0), 120);
        }
        return new TimeOfDay(LocalTime.of(23, 30), 210);
    }
}
