package org.fusioncentre.fusion;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.fusioncentre.extraction.DatePrecision;
import org.fusioncentre.extraction.EventType;
import org.fusioncentre.extraction.Observation;
import org.fusioncentre.extraction.Target;
import org.jspecify.annotations.Nullable;

/**
 * The fused view of one real event: its observations and reports, fused values, corroboration and
 * the fields on which sources disagree.
 *
 * @param killed victims killed as low / best / high over the reports (best: the latest figure from
 *     the most reliable sources; low and high: the least and most any report gives)
 */
public record Incident(
        IncidentId id,
        EventType eventType,
        @Nullable LocalDate date,
        LocalDate dateFrom,
        LocalDate dateTo,
        DatePrecision datePrecision,
        Observation.@Nullable Location location,
        @Nullable Range killed,
        @Nullable Range injured,
        @Nullable Range militantsKilled,
        List<Target> targets,
        Observation.@Nullable Perpetrator perpetrator,
        Corroboration corroboration,
        List<Conflict> conflicts,
        List<Member> members,
        Status status,
        List<Correction> corrections) {

    public Incident {
        requireNonNull(id, "id is null");
        requireNonNull(eventType, "eventType is null");
        targets = List.copyOf(targets);
        conflicts = List.copyOf(conflicts);
        members = List.copyOf(members);
        requireNonNull(status, "status is null");
        corrections = List.copyOf(corrections);
    }

    /**
     * The members whose reports report the incident: all but those that only {@linkplain
     * Member#recalled recall} it, or all when none reports it. Its {@code external_ids} are theirs.
     */
    public List<Member> reporting() {
        List<Member> reporting =
                members.stream().filter(member -> !member.recalled()).toList();
        return reporting.isEmpty() ? members : reporting;
    }

    /** Fused automatically, confirmed by an analyst, or marked by one as no incident. */
    public enum Status {
        AUTOMATIC,
        CONFIRMED,
        NOT_INCIDENT
    }

    /** A field an analyst set, overriding the fused value. */
    public record Correction(String field, String value, String analyst, Instant decidedAt) {}

    /** A count over the reports: the least, the fused best, the most. */
    public record Range(long low, long best, long high) {}

    /**
     * @param sources distinct sources reporting it
     * @param official whether a source speaking for the state (police, CTD, official statement) is among them
     */
    public record Corroboration(int sources, int reports, boolean official) {}

    /** A field on which reports disagree, with what each value's sources said. */
    public record Conflict(String field, List<Claim> claims) {
        public Conflict {
            claims = List.copyOf(claims);
        }
    }

    public record Claim(String value, List<String> sources) {
        public Claim {
            sources = List.copyOf(sources);
        }
    }

    /**
     * One observation of the incident and the report it came from.
     *
     * @param recalled whether the report only recalls the incident as background to other news; such
     *     a report is listed here but is not counted as a source of the incident
     */
    public record Member(
            String observationId,
            String reportId,
            @Nullable String externalId,
            String source,
            Instant published,
            boolean recalled) {}
}
