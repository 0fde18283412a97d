package org.fusioncentre.intake.reader;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * Publication times as sources write them. ISO-8601 with an offset is taken as is; a local date
 * or date-time is placed in the importer's zone (Pakistan time by default); feeds use RFC 1123.
 */
final class Timestamps {
    private static final DateTimeFormatter RFC_1123_LENIENT =
            DateTimeFormatter.ofPattern("d MMM yyyy HH:mm[:ss] [xx][zzz]", Locale.ENGLISH);

    private Timestamps() {}

    /** @throws IllegalArgumentException with a message naming the value when it is no date */
    static OffsetDateTime parse(String text, ZoneId zone) {
        String value = text.strip();
        try {
            return OffsetDateTime.parse(value);
        } catch (DateTimeParseException ignored) {
            // not an offset date-time; try the other accepted forms below
        }
        try {
            return ZonedDateTime.parse(value).toOffsetDateTime();
        } catch (DateTimeParseException ignored) {
            // next form
        }
        try {
            return LocalDateTime.parse(value).atZone(zone).toOffsetDateTime();
        } catch (DateTimeParseException ignored) {
            // next form
        }
        try {
            return LocalDate.parse(value).atStartOfDay(zone).toOffsetDateTime();
        } catch (DateTimeParseException ignored) {
            // next form
        }
        // Feeds get the weekday wrong often enough that it is better ignored than trusted.
        String withoutWeekday = value.replaceFirst("^[A-Za-z]{2,9},\\s*", "");
        try {
            return ZonedDateTime.parse(withoutWeekday, DateTimeFormatter.RFC_1123_DATE_TIME)
                    .toOffsetDateTime();
        } catch (DateTimeParseException ignored) {
            // next form
        }
        try {
            return ZonedDateTime.parse(withoutWeekday.replaceAll("\\s+", " "), RFC_1123_LENIENT)
                    .toOffsetDateTime();
        } catch (DateTimeException ignored) {
            // fall through to the rejection
        }
        throw new IllegalArgumentException(
                "'" + abbreviate(value) + "' is not a date (use ISO-8601, e.g. 2024-11-09T08:30:00+05:00)");
    }

    static String abbreviate(String value) {
        return value.length() <= 60 ? value : value.substring(0, 57) + "...";
    }
}
