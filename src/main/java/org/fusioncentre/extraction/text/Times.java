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

    /** Words without which no part of the day is named: a cheap test before the pattern runs. */
    private static final String[] PART_WORDS = {
        "morning",
        "night",
        "evening",
        "afternoon",
        "noon",
        "midday",
        "dawn",
        "hours",
        "dusk",
        "sunset",
        "iftar",
        "daybreak"
    };

    /** A clock time in the text, if any. */
    public static @Nullable TimeOfDay clock(String text) {
        return clock(text, text.toLowerCase(Locale.ROOT));
    }

    /**
     * A clock time in the text, given also in lower case: most sentences have no digit, or no word
     * a clock time ends with, and are passed over without running the pattern.
     */
    static @Nullable TimeOfDay clock(String text, String lower) {
        if (!mayHoldClock(lower)) {
            return null;
        }
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

    private static boolean mayHoldClock(String lower) {
        boolean digit = false;
        for (int i = 0; i < lower.length() && !digit; i++) {
            digit = Character.isDigit(lower.charAt(i));
        }
        return digit
                && (lower.contains("hour")
                        || lower.contains("hr")
                        || lower.contains("am")
                        || lower.contains("pm")
                        || lower.contains("a.m")
                        || lower.contains("p.m"));
    }

    /**
     * The first part of the day the text names for the incident, skipping the time a bomb was
     * planted ("the IED had been planted overnight" says nothing of when it went off).
     */
    private static @Nullable Matcher partMatch(String text) {
        Matcher m = PART.matcher(text);
        while (m.find()) {
            Matcher planted = PLANTED.matcher(text.substring(Math.max(0, m.start() - 40), m.start()));
            if (!planted.find()) {
                return m;
            }
        }
        return null;
    }

    /** A planting verb a few words before a part of the day. */
    private static final Pattern PLANTED = Pattern.compile(
            "\\b(?:planted|placed|hidden|fitted|installed)(?:\\s+[\\w-]+){0,3}\\s+(?:during\\s+the\\s+|in\\s+the\\s+|at\\s+|on\\s+)?$",
            Pattern.CASE_INSENSITIVE);

    /**
     * Whether the part of the day the text names is the day of writing's ("this morning",
     * "tonight"): it is the incident's time only if the incident happened that day.
     */
    static boolean partOfDayIsToday(String text) {
        Matcher m = partMatch(text);
        if (m == null) {
            return false;
        }
        String before = text.substring(Math.max(0, m.start() - 5), m.start()).toLowerCase(Locale.ROOT);
        return before.endsWith("this ") || m.group().equalsIgnoreCase("tonight");
    }

    /** A part of the day named in the text, if any, as its middle and half its span. */
    public static @Nullable TimeOfDay partOfDay(String text) {
        return partOfDay(text, text.toLowerCase(Locale.ROOT));
    }

    static @Nullable TimeOfDay partOfDay(String text, String lower) {
        boolean named = false;
        for (int i = 0; i < PART_WORDS.length && !named; i++) {
            named = lower.contains(PART_WORDS[i]);
        }
        if (!named) {
            return null;
        }
        Matcher m = partMatch(text);
        if (m == null) {
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
