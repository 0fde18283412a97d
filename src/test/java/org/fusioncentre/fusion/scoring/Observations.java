package org.fusioncentre.fusion.scoring;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.fusioncentre.extraction.ClaimStatus;
import org.fusioncentre.extraction.DatePrecision;
import org.fusioncentre.extraction.EventType;
import org.fusioncentre.extraction.Observation;
import org.fusioncentre.extraction.Qualifier;
import org.fusioncentre.extraction.TimeOfDay;
import org.fusioncentre.geo.GeoPrecision;

/** Candidates for the fusion tests, built by hand. */
final class Observations {
    private Observations() {}

    static Candidate candidate(
            String id,
            String report,
            String source,
            String published,
            EventType type,
            String date,
            String district,
            String place,
            Long killed,
            String perpetrator) {
        LocalDate day = LocalDate.parse(date);
        Observation observation = new Observation(
                type,
                0.8,
                day,
                day,
                day,
                DatePrecision.DAY,
                null,
                new Observation.Location("PK5", district, null, place, 32.9, 70.6, GeoPrecision.DISTRICT),
                killed == null ? null : new Observation.Count(killed, Qualifier.EXACT),
                null,
                null,
                List.of(),
                perpetrator == null ? null : new Observation.Perpetrator(perpetrator, ClaimStatus.ATTRIBUTED),
                List.of(),
                0.9,
                "test",
                false);
        return new Candidate(
                id, report, 0, "x-" + report, source, Instant.parse(published), 2, false, observation, Set.of());
    }

    /** The candidate placed in a tehsil of its district. */
    static Candidate inTehsil(Candidate candidate, String tehsil) {
        Observation.Location at = candidate.observation().location();
        return with(
                candidate,
                candidate.observation().time(),
                new Observation.Location(
                        at.provincePcode(),
                        at.districtPcode(),
                        tehsil,
                        at.place(),
                        at.lat(),
                        at.lon(),
                        GeoPrecision.TEHSIL));
    }

    /** The candidate placed by its district alone (no tehsil, no place): what a dateline gives. */
    static Candidate placedByDistrictOnly(Candidate candidate) {
        Observation.Location at = candidate.observation().location();
        return with(
                candidate,
                candidate.observation().time(),
                new Observation.Location(
                        at.provincePcode(), at.districtPcode(), null, null, at.lat(), at.lon(), GeoPrecision.DISTRICT));
    }

    /** The candidate with a time of day: a clock time ("11:49") within half an hour. */
    static Candidate at(Candidate candidate, String time) {
        return with(
                candidate,
                new TimeOfDay(LocalTime.parse(time), 30),
                candidate.observation().location());
    }

    /** The candidate with a count of militants killed. */
    static Candidate militantsKilled(Candidate candidate, long militants) {
        return with(
                candidate,
                candidate.observation().time(),
                candidate.observation().location(),
                new Observation.Count(militants, Qualifier.EXACT));
    }

    private static Candidate with(Candidate candidate, TimeOfDay time, Observation.Location location) {
        return with(candidate, time, location, candidate.observation().militantsKilled());
    }

    private static Candidate with(
            Candidate candidate, TimeOfDay time, Observation.Location location, Observation.Count militants) {
        Observation o = candidate.observation();
        Observation changed = new Observation(
                o.eventType(),
                o.eventTypeConfidence(),
                o.date(),
                o.dateFrom(),
                o.dateTo(),
                o.datePrecision(),
                time,
                location,
                o.killed(),
                o.injured(),
                militants,
                o.targets(),
                o.perpetrator(),
                o.evidence(),
                o.confidence(),
                o.extractorVersion(),
                o.recalled());
        return rebuilt(candidate, changed, candidate.terms());
    }

    /** The candidate as a report recalls it for context, not as one reporting it. */
    static Candidate recalled(Candidate candidate) {
        return rebuilt(candidate, candidate.observation().asRecalled(), candidate.terms());
    }

    /** The candidate whose passage has these distinctive words (space-separated). */
    static Candidate saying(Candidate candidate, String terms) {
        return rebuilt(candidate, candidate.observation(), Set.of(terms.split(" ")));
    }

    private static Candidate rebuilt(Candidate candidate, Observation observation, Set<String> terms) {
        return new Candidate(
                candidate.observationId(),
                candidate.reportId(),
                candidate.ordinal(),
                candidate.externalId(),
                candidate.sourceName(),
                candidate.published(),
                candidate.reliability(),
                candidate.official(),
                observation,
                terms);
    }
}
