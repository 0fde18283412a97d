package org.fusioncentre.fusion.scoring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.fusioncentre.extraction.ClaimStatus;
import org.fusioncentre.extraction.DatePrecision;
import org.fusioncentre.extraction.EventType;
import org.fusioncentre.extraction.Observation;
import org.fusioncentre.fusion.Decision;
import org.fusioncentre.fusion.Incident;

/**
 * Analyst decisions applied on top of automatic fusion, in the order they were taken: merges join
 * the clusters holding the two incidents' anchor observations, splits move the named observations
 * into a cluster of their own; confirmations, corrections and "not an incident" then mark the
 * incident holding the anchor observation they were taken on. Observations no longer current are passed over; the decision
 * stays on record.
 */
public final class Decisions {
    private Decisions() {}

    /** Merges and splits, on clusters of one block. */
    public static List<List<Candidate>> regroup(List<List<Candidate>> clusters, List<Decision> decisions) {
        List<List<Candidate>> result = new ArrayList<>();
        clusters.forEach(cluster -> result.add(new ArrayList<>(cluster)));
        for (Decision decision : decisions) {
            Set<String> named = new HashSet<>(decision.observations());
            if (decision.kind() == Decision.Kind.MERGE) {
                // the clusters now holding the two incidents' anchors: observations that left either
                // incident since are not dragged along, and newcomers to either come with it
                Set<String> anchors = new HashSet<>();
                anchors.add(decision.observations().getFirst());
                if (decision.value() != null) {
                    anchors.add(decision.value());
                }
                List<Candidate> merged = new ArrayList<>();
                result.removeIf(cluster -> {
                    boolean touched = cluster.stream().anyMatch(c -> anchors.contains(c.observationId()));
                    if (touched) {
                        merged.addAll(cluster);
                    }
                    return touched;
                });
                if (!merged.isEmpty()) {
                    result.add(merged);
                }
            } else if (decision.kind() == Decision.Kind.SPLIT) {
                List<Candidate> moved = new ArrayList<>();
                for (List<Candidate> cluster : result) {
                    cluster.removeIf(candidate -> {
                        boolean move = named.contains(candidate.observationId());
                        if (move) {
                            moved.add(candidate);
                        }
                        return move;
                    });
                }
                result.removeIf(List::isEmpty);
                if (!moved.isEmpty()) {
                    result.add(moved);
                }
            }
        }
        return result;
    }

    /** Confirmations, corrections and "not an incident", on one fused incident. */
    public static Incident mark(Incident incident, List<Decision> decisions) {
        Set<String> members = new HashSet<>();
        incident.members().forEach(member -> members.add(member.observationId()));
        Incident marked = incident;
        for (Decision decision : decisions) {
            // a mark stays with the incident holding the anchor it was taken on, not with every
            // observation that incident held then
            if (decision.observations().isEmpty()
                    || !members.contains(decision.observations().getFirst())) {
                continue;
            }
            marked = switch (decision.kind()) {
                case CONFIRM -> with(marked, Incident.Status.CONFIRMED, marked.corrections());
                case NOT_INCIDENT -> with(marked, Incident.Status.NOT_INCIDENT, marked.corrections());
                case CORRECT -> correct(marked, decision);
                case MERGE, SPLIT -> marked;
            };
        }
        return marked;
    }

    /**
     * Checks a correction's value before it is stored.
     *
     * @throws IllegalArgumentException naming what is wrong
     */
    public static void validate(String field, String value) {
        switch (field) {
            case "event_type" -> EventType.valueOf(value.strip().toUpperCase(Locale.ROOT));
            case "date" -> LocalDate.parse(value.strip());
            case "killed", "injured", "militants_killed" -> {
                long number = Long.parseLong(value.strip());
                if (number < 0) {
                    throw new IllegalArgumentException(field + " must not be negative");
                }
            }
            case "perpetrator" -> {
                if (value.isBlank()) {
                    throw new IllegalArgumentException("perpetrator must name an organisation code");
                }
            }
            default ->
                throw new IllegalArgumentException(
                        "'" + field + "' cannot be corrected; fields: " + String.join(", ", Decision.CORRECTABLE));
        }
    }

    /**
     * What a reader sees of an incident when only some of its reports are visible to them: the
     * incident fused from those reports, under the whole incident's id and status, with the
     * analysts' corrections of the whole applied to it.
     */
    public static Incident partial(Incident whole, Incident fromVisible) {
        Incident seen = new Incident(
                whole.id(),
                fromVisible.eventType(),
                fromVisible.date(),
                fromVisible.dateFrom(),
                fromVisible.dateTo(),
                fromVisible.datePrecision(),
                fromVisible.location(),
                fromVisible.killed(),
                fromVisible.injured(),
                fromVisible.militantsKilled(),
                fromVisible.targets(),
                fromVisible.perpetrator(),
                fromVisible.corroboration(),
                fromVisible.conflicts(),
                fromVisible.members(),
                whole.status(),
                List.of());
        for (Incident.Correction correction : whole.corrections()) {
            seen = correct(seen, correction);
        }
        return seen;
    }

    /** The incident as it may leave the instance: corrections keep their values, not who made them. */
    public static Incident withoutAnalysts(Incident incident) {
        if (incident.corrections().isEmpty()) {
            return incident;
        }
        return with(
                incident,
                incident.status(),
                incident.corrections().stream()
                        .map(correction -> new Incident.Correction(
                                correction.field(), correction.value(), "analyst", correction.decidedAt()))
                        .toList());
    }

    private static Incident correct(Incident incident, Decision decision) {
        return correct(
                incident,
                new Incident.Correction(
                        decision.field(),
                        decision.value() == null ? "" : decision.value().strip(),
                        decision.analyst(),
                        decision.decidedAt()));
    }

    private static Incident correct(Incident incident, Incident.Correction correction) {
        String field = correction.field();
        String value = correction.value();
        List<Incident.Correction> corrections = new ArrayList<>(incident.corrections());
        corrections.add(correction);
        EventType type = incident.eventType();
        LocalDate date = incident.date();
        LocalDate from = incident.dateFrom();
        LocalDate to = incident.dateTo();
        DatePrecision precision = incident.datePrecision();
        Incident.Range killed = incident.killed();
        Incident.Range injured = incident.injured();
        Incident.Range militants = incident.militantsKilled();
        Observation.Perpetrator perpetrator = incident.perpetrator();
        switch (field == null ? "" : field) {
            case "event_type" -> type = EventType.valueOf(value.toUpperCase(Locale.ROOT));
            case "date" -> {
                date = LocalDate.parse(value);
                from = date;
                to = date;
                precision = DatePrecision.DAY;
            }
            case "killed" -> killed = set(killed, Long.parseLong(value));
            case "injured" -> injured = set(injured, Long.parseLong(value));
            case "militants_killed" -> militants = set(militants, Long.parseLong(value));
            case "perpetrator" ->
                perpetrator = new Observation.Perpetrator(value.toUpperCase(Locale.ROOT), ClaimStatus.ATTRIBUTED);
            default -> {}
        }
        return new Incident(
                incident.id(),
                type,
                date,
                from,
                to,
                precision,
                incident.location(),
                killed,
                injured,
                militants,
                incident.targets(),
                perpetrator,
                incident.corroboration(),
                incident.conflicts(),
                incident.members(),
                incident.status(),
                corrections);
    }

    private static Incident.Range set(Incident.Range range, long best) {
        return range == null
                ? new Incident.Range(best, best, best)
                : new Incident.Range(Math.min(range.low(), best), best, Math.max(range.high(), best));
    }

    private static Incident with(Incident incident, Incident.Status status, List<Incident.Correction> corrections) {
        return new Incident(
                incident.id(),
                incident.eventType(),
                incident.date(),
                incident.dateFrom(),
                incident.dateTo(),
                incident.datePrecision(),
                incident.location(),
                incident.killed(),
                incident.injured(),
                incident.militantsKilled(),
                incident.targets(),
                incident.perpetrator(),
                incident.corroboration(),
                incident.conflicts(),
                incident.members(),
                status,
                corrections);
    }
}
