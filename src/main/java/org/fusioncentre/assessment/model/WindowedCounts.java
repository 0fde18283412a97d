package org.fusioncentre.assessment.model;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Incident counts per district in consecutive windows of equal length that end the day before an
 * origin: window {@code windows() - 1} is {@code [origin - length, origin)}, the one before it
 * {@code [origin - 2 length, origin - length)}, and so on. Events on or after the origin are
 * never counted.
 */
public final class WindowedCounts {
    private final List<String> districts;
    private final LocalDate origin;
    private final int lengthDays;
    private final int[][] counts;
    private final int[][] fatal;
    private final int windows;

    private WindowedCounts(
            List<String> districts, LocalDate origin, int lengthDays, int windows, int[][] counts, int[][] fatal) {
        this.windows = windows;
        this.districts = districts;
        this.origin = origin;
        this.lengthDays = lengthDays;
        this.counts = counts;
        this.fatal = fatal;
    }

    /**
     * Counts the events of these districts in {@code windows} windows of {@code lengthDays} days
     * before the origin. Events in other districts are ignored.
     */
    public static WindowedCounts of(
            EventHistory history, List<String> districts, LocalDate origin, int lengthDays, int windows) {
        requireNonNull(history, "history is null");
        requireNonNull(origin, "origin is null");
        if (lengthDays < 1) {
            throw new IllegalArgumentException("window length must be at least one day: " + lengthDays);
        }
        if (windows < 0) {
            throw new IllegalArgumentException("negative number of windows: " + windows);
        }
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < districts.size(); i++) {
            index.put(districts.get(i), i);
        }
        int[][] counts = new int[districts.size()][windows];
        int[][] fatal = new int[districts.size()][windows];
        for (Event event : history.events()) {
            Integer row = index.get(event.district());
            long daysBefore = ChronoUnit.DAYS.between(event.date(), origin);
            if (row == null || daysBefore < 1) {
                continue;
            }
            long back = (daysBefore - 1) / lengthDays;
            if (back >= windows) {
                continue;
            }
            int column = windows - 1 - (int) back;
            counts[row][column]++;
            if (event.fatal()) {
                fatal[row][column]++;
            }
        }
        return new WindowedCounts(List.copyOf(districts), origin, lengthDays, windows, counts, fatal);
    }

    /**
     * How many whole windows reach back to the history's first event (at least one when there is
     * an event before the origin, none for an empty history), capped at {@code maximum}.
     */
    public static int windowsSinceFirstEvent(EventHistory history, LocalDate origin, int lengthDays, int maximum) {
        return history.before(origin)
                .first()
                .map(first ->
                        (int) Math.min(maximum, (ChronoUnit.DAYS.between(first, origin) + lengthDays - 1) / lengthDays))
                .orElse(0);
    }

    /** The districts, in row order. */
    public List<String> districts() {
        return districts;
    }

    /** The day after the last window. */
    public LocalDate origin() {
        return origin;
    }

    /** Days per window. */
    public int lengthDays() {
        return lengthDays;
    }

    /** Number of windows. */
    public int windows() {
        return windows;
    }

    /** Incidents of district row {@code district} in window {@code window} (0 = oldest). */
    public int count(int district, int window) {
        return counts[district][window];
    }

    /** Fatal incidents of district row {@code district} in window {@code window}. */
    public int fatalCount(int district, int window) {
        return fatal[district][window];
    }

    /** A copy of one district's counts, oldest window first. */
    public int[] series(int district) {
        return counts[district].clone();
    }
}
