package org.fusioncentre.extraction;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;
import org.fusioncentre.geo.GeoPrecision;
import org.jspecify.annotations.Nullable;

/**
 * One incident claim extracted from one report (DESIGN §4–5).
 *
 * @param time when in the day, when the report says
 * @param confidence how sure the extractor is that this is an incident at all, 0 to 1
 * @param evidence character spans of the report text ({@link #reportText}) behind the fields
 * @param extractorVersion the extractor that produced it, so re-extraction stays traceable
 * @param recalled whether the report only mentions this incident rather than reports it: recalls
 *     it as the background to its news ("Last month, a roadside bomb ...", "the blast near Serai
 *     Naurang on 2nd November" in a release of the 21st) or merely condemns it ("condemned the
 *     killing of passengers on the highway in Kalat"); fusion lists such an observation with the
 *     incident it mentions without counting it as a report of it
 */
public record Observation(
        EventType eventType,
        double eventTypeConfidence,
        @Nullable LocalDate date,
        LocalDate dateFrom,
        LocalDate dateTo,
        DatePrecision datePrecision,
        @Nullable TimeOfDay time,
        @Nullable Location location,
        @Nullable Count killed,
        @Nullable Count injured,
        @Nullable Count militantsKilled,
        List<Target> targets,
        @Nullable Perpetrator perpetrator,
        List<Span> evidence,
        double confidence,
        String extractorVersion,
        boolean recalled) {

    public Observation {
        requireNonNull(eventType, "eventType is null");
        requireNonNull(dateFrom, "dateFrom is null");
        requireNonNull(dateTo, "dateTo is null");
        requireNonNull(datePrecision, "datePrecision is null");
        targets = List.copyOf(targets);
        evidence = List.copyOf(evidence);
        requireNonNull(extractorVersion, "extractorVersion is null");
        if (dateTo.isBefore(dateFrom)) {
            throw new IllegalArgumentException("date range ends before it starts");
        }
    }

    /** The same observation, marked as recalled background. */
    public Observation asRecalled() {
        return new Observation(
                eventType,
                eventTypeConfidence,
                date,
                dateFrom,
                dateTo,
                datePrecision,
                time,
                location,
                killed,
                injured,
                militantsKilled,
                targets,
                perpetrator,
                evidence,
                confidence,
                extractorVersion,
                true);
    }

    /** Where: the admin units by P-code, the place named, coordinates and their precision. */
    public record Location(
            @Nullable String provincePcode,
            @Nullable String districtPcode,
            @Nullable String tehsilPcode,
            @Nullable String place,
            double lat,
            double lon,
            GeoPrecision precision) {}

    /** A count with its qualifier. */
    public record Count(long value, Qualifier qualifier) {}

    public record Perpetrator(String code, ClaimStatus status) {}

    /**
     * The text evidence spans count characters of: the title, a blank line, then the body (the body
     * alone when there is no title).
     */
    public static String reportText(@Nullable String title, @Nullable String body) {
        String text = body == null ? "" : body;
        return title == null || title.isBlank() ? text : title.strip() + "\n\n" + text;
    }

    /** Characters {@code start} (inclusive) to {@code end} (exclusive) of the report text. */
    public record Span(int start, int end) {}
}
