package org.fusioncentre.fusion;

import java.time.LocalDate;
import org.fusioncentre.access.Marking;
import org.fusioncentre.extraction.EventType;
import org.fusioncentre.extraction.Observation;
import org.jspecify.annotations.Nullable;

/**
 * Which incidents to list: each filter optional; incidents overlapping the date range.
 *
 * @param minSources only incidents reported by at least this many sources
 * @param includeNotIncidents also incidents an analyst marked as no incident (left out by default)
 * @param cursor where the previous page ended, or null
 * @param marking only incidents fused from at least one report the reader sees marked this or
 *     stricter (e.g. AMBER: the restricted ones), or null for all
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
        int limit,
        @Nullable Marking marking) {
    public static final int MAX_LIMIT = 1000;

    /** A query without a marking filter. */
    public IncidentQuery(
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
        this(
                from,
                to,
                provincePcode,
                districtPcode,
                eventType,
                perpetrator,
                minSources,
                includeNotIncidents,
                cursor,
                limit,
                null);
    }

    public IncidentQuery {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT);
        }
        if (minSources < 0) {
            throw new IllegalArgumentException("min_sources must not be negative");
        }
    }

    /**
     * The incidents of a jurisdiction ({@code PK}, a province or a district P-code) overlapping the
     * days, a full page at a time.
     */
    public static IncidentQuery within(String jurisdiction, LocalDate from, LocalDate to) {
        return new IncidentQuery(
                from,
                to,
                jurisdiction.length() == 3 ? jurisdiction : null,
                jurisdiction.length() == 5 ? jurisdiction : null,
                null,
                null,
                0,
                false,
                null,
                MAX_LIMIT);
    }

    public static IncidentQuery all(@Nullable String cursor, int limit) {
        return new IncidentQuery(null, null, null, null, null, null, 0, false, cursor, limit);
    }

    /**
     * Whether an incident passes this query's filters (not the cursor): what a user sees of an
     * incident fused from part of its reports is filtered again with this.
     */
    public boolean matches(Incident incident) {
        if (from != null && incident.dateTo().isBefore(from)
                || to != null && incident.dateFrom().isAfter(to)) {
            return false;
        }
        Observation.Location location = incident.location();
        if (provincePcode != null && (location == null || !provincePcode.equals(location.provincePcode()))) {
            return false;
        }
        if (districtPcode != null && (location == null || !districtPcode.equals(location.districtPcode()))) {
            return false;
        }
        if (eventType != null && incident.eventType() != eventType) {
            return false;
        }
        if (perpetrator != null
                && (incident.perpetrator() == null
                        || !incident.perpetrator().code().equalsIgnoreCase(perpetrator.strip()))) {
            return false;
        }
        if (!includeNotIncidents && incident.status() == Incident.Status.NOT_INCIDENT) {
            return false;
        }
        return incident.corroboration().sources() >= minSources;
    }
}
