package org.fusioncentre.extraction.text;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import org.fusioncentre.extraction.DatePrecision;
import org.jspecify.annotations.Nullable;

/**
 * A date expression found in text, resolved to a range of days.
 *
 * @param date the day, when known to the day; null for a week or month
 */
public record DateMention(
        @Nullable LocalDate date, LocalDate from, LocalDate to, DatePrecision precision, int start, int end) {
    public DateMention {
        requireNonNull(from, "from is null");
        requireNonNull(to, "to is null");
        requireNonNull(precision, "precision is null");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("date range ends before it starts");
        }
    }

    static DateMention day(LocalDate day, int start, int end) {
        return new DateMention(day, day, day, DatePrecision.DAY, start, end);
    }
}
