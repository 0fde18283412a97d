package org.fusioncentre.fusion;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import org.fusioncentre.extraction.EventType;
import org.jspecify.annotations.Nullable;

/**
 * What counting incidents needs of one: its type, day, place and best figures — read without the
 * provenance, so a history of every incident stays cheap.
 *
 * @param date the incident's day (the most reported one), or the start of its date range
 */
public record IncidentFact(
        IncidentId id,
        EventType eventType,
        LocalDate date,
        @Nullable String provincePcode,
        @Nullable String districtPcode,
        long killed,
        long injured) {
    public IncidentFact {
        requireNonNull(id, "id is null");
        requireNonNull(eventType, "eventType is null");
        requireNonNull(date, "date is null");
    }
}
