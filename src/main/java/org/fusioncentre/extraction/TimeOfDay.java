package org.fusioncentre.extraction;

import static java.util.Objects.requireNonNull;

import java.time.LocalTime;

/**
 * When in the day an incident happened, local time, as a report tells it: a clock time ("at about
 * 07:45 hours", "11pm") or a part of the day ("this morning", "late on Monday night").
 *
 * @param toleranceMinutes how far either side of {@code time} the report's words reach: half an
 *     hour for a clock time, an hour for a bare hour, hours for a part of the day
 */
public record TimeOfDay(LocalTime time, int toleranceMinutes) {
    public TimeOfDay {
        requireNonNull(time, "time is null");
        if (toleranceMinutes < 0 || toleranceMinutes > 12 * 60) {
            throw new IllegalArgumentException("tolerance must be 0 to 720 minutes, not " + toleranceMinutes);
        }
    }

    /** Minutes between the two times around the clock (11pm and 1am are two hours apart). */
    public int minutesFrom(TimeOfDay other) {
        int a = time.getHour() * 60 + time.getMinute();
        int b = other.time.getHour() * 60 + other.time.getMinute();
        int difference = Math.abs(a - b);
        return Math.min(difference, 24 * 60 - difference);
    }

    /** Whether the two could be the same moment, given how precise each is. */
    public boolean overlaps(TimeOfDay other) {
        return minutesFrom(other) <= toleranceMinutes + other.toleranceMinutes;
    }
}
