package org.fusioncentre.fusion;

import java.time.LocalDate;
import org.fusioncentre.extraction.EventType;
import org.jspecify.annotations.Nullable;

/**
 * Which incidents to list: each filter optional; incidents overlapping the date range.
 *
 * @param minSources only incidents reported by at least this many sources
 * @param includeNotIncidents also incidents an analyst marked as no incident (left out by default)
 * @param cursor where the previous page ended, or null
 */
public record IncidentQuery(
        @Nullable LocalDate from,
        @Nullable LocalDate to,
        @Nullable String provincePcode,
        @Nullable String districtPcode,
        @Nullable EventType eventType,
        @Nullable String perpetrator,
        int minSources,
        boolean includeNotIncidents,
        @Nullable String cursor,
        int limit) {
    public static final int MAX_LIMIT = 1000;

    public IncidentQuery {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT);
        }
        if (minSources < 0) {
            throw new IllegalArgumentException("min_sources must not be negative");
        }
    }

    public static IncidentQuery all(@Nullable String cursor, int limit) {
        return new IncidentQuery(null, null, null, null, null, null, 0, false, cursor, limit);
    }
}
