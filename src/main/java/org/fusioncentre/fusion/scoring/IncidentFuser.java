package org.fusioncentre.fusion.scoring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.fusioncentre.extraction.ClaimStatus;
import org.fusioncentre.extraction.DatePrecision;
import org.fusioncentre.extraction.EventType;
import org.fusioncentre.extraction.Observation;
import org.fusioncentre.extraction.ObservationBlock;
import org.fusioncentre.extraction.Target;
import org.fusioncentre.fusion.Incident;
import org.fusioncentre.fusion.IncidentId;
import org.fusioncentre.geo.GeoPrecision;
import org.jspecify.annotations.Nullable;

/**
 * One cluster of observations into one incident. The rules, stated:
 *
 * <ul>
 *   <li>event type: the type with the most weight (each observation weighs its type confidence,
 *       an official source's double), ties to the more specific type;
 *   <li>date: the day most observations give; the range spans the day-precise observations (all
 *       observations when none is day-precise);
 *   <li>location: the district most observations give (of those placed more finely than a
 *       district, when there are any), then the finest location inside it;
 *   <li>counts: low and high are the least and most any report gives; best is the latest figure
 *       among the most reliable sources' reports (tolls rise as the injured die);
 *   <li>targets: every target named; perpetrator: the strongest claim status, then the most
 *       often named;
 *   <li>corroboration: distinct sources and reports, and whether an official source is among them;
 *   <li>reports that only recall the incident as background ({@link Observation#recalled}) are
 *       listed among its members, marked, and count for none of the above unless no report
 *       reports it;
 *   <li>conflicts: each field on which reports give different values, with who said what.
 * </ul>
 */
public final class IncidentFuser {
    public Incident fuse(List<Candidate> cluster) {
        List<Candidate> sorted = new ArrayList<>(cluster);
        sorted.sort(Comparator.comparing(Candidate::published).thenComparing(Candidate.BY_REPORT));
        // the reports that report it make the incident; those that only mention it are listed
        // after them (the first member is the anchor decisions are taken on), unless nothing else
        // tells of it
        List<Candidate> members = Candidate.reporting(sorted);
        List<Candidate> all = new ArrayList<>(members);
        sorted.stream().filter(candidate -> !members.contains(candidate)).forEach(all::add);
        Candidate anchor = members.getFirst();

        EventType type = eventType(members);
        LocalDate date = mostCommon(
                members,
                candidate -> candidate.observation().datePrecision() == DatePrecision.DAY
                        ? candidate.observation().date()
                        : null);
        List<Candidate> dayPrecise = members.stream()
                .filter(candidate -> candidate.observation().datePrecision() == DatePrecision.DAY)
                .toList();
        List<Candidate> dated = dayPrecise.isEmpty() ? members : dayPrecise;
        LocalDate from = dated.stream()
                .map(c -> c.observation().dateFrom())
                .min(LocalDate::compareTo)
                .orElseThrow();
        LocalDate to = dated.stream()
                .map(c -> c.observation().dateTo())
                .max(LocalDate::compareTo)
                .orElseThrow();
        DatePrecision precision = dayPrecise.isEmpty()
                ? members.stream()
                        .map(c -> c.observation().datePrecision())
                        .min(Comparator.naturalOrder())
                        .orElseThrow()
                : DatePrecision.DAY;

        List<Incident.Conflict> conflicts = new ArrayList<>();
        conflict(
                conflicts,
                "event_type",
                members,
                candidate -> candidate.observation().eventType().name());
        conflict(
                conflicts,
                "date",
                members,
                candidate -> candidate.observation().datePrecision() == DatePrecision.DAY
                        ? String.valueOf(candidate.observation().date())
                        : null);
        conflict(conflicts, "district", members, Candidate::district);
        conflict(
                conflicts,
                "killed",
                members,
                candidate -> count(candidate.observation().killed()));
        conflict(
                conflicts,
                "injured",
                members,
                candidate -> count(candidate.observation().injured()));
        conflict(
                conflicts,
                "militants_killed",
                members,
                candidate -> count(candidate.observation().militantsKilled()));
        conflict(
                conflicts,
                "perpetrator",
                members,
                candidate -> candidate.observation().perpetrator() == null
                        ? null
                        : candidate.observation().perpetrator().code());

        Set<String> sources = new LinkedHashSet<>();
        Set<String> reports = new LinkedHashSet<>();
        boolean official = false;
        for (Candidate member : members) {
            sources.add(member.sourceName());
            reports.add(member.reportId());
            official |= member.official();
        }
        return new Incident(
                IncidentId.ofAnchor(anchor.reportId(), anchor.ordinal()),
                type,
                precision == DatePrecision.DAY ? (date != null ? date : from.equals(to) ? from : null) : null,
                from,
                to,
                precision,
                location(members),
                range(members, observation -> observation.killed()),
                range(members, observation -> observation.injured()),
                range(members, observation -> observation.militantsKilled()),
                targets(members),
                perpetrator(members),
                new Incident.Corroboration(sources.size(), reports.size(), official),
                conflicts,
                all.stream()
                        .map(member -> new Incident.Member(
                                member.observationId(),
                                member.reportId(),
                                member.externalId(),
                                member.sourceName(),
                                member.published(),
                                member.observation().recalled()))
                        .toList(),
                Incident.Status.AUTOMATIC,
                List.of());
    }

    private static EventType eventType(List<Candidate> members) {
        Map<EventType, Double> weight = new EnumMap<>(EventType.class);
        for (Candidate member : members) {
            double w = Math.max(0.1, member.observation().eventTypeConfidence()) * (member.official() ? 2 : 1);
            weight.merge(member.observation().eventType(), w, Double::sum);
        }
        // ties to the more specific type: a suicide attack over a bombing over an assault
        return weight.entrySet().stream()
                .max(Map.Entry.<EventType, Double>comparingByValue()
                        .thenComparing(entry -> specificity(entry.getKey())))
                .orElseThrow()
                .getKey();
    }

    private static int specificity(EventType type) {
        return switch (type) {
            case SUICIDE_ATTACK, AIR_STRIKE, KIDNAPPING, INFRASTRUCTURE_ATTACK -> 3;
            case BOMBING, TARGETED_KILLING, SECURITY_OPERATION -> 2;
            case ARMED_ASSAULT -> 1;
            case ARMED_CLASH -> 0;
        };
    }

    private static <T> @Nullable T mostCommon(List<Candidate> members, Function<Candidate, @Nullable T> value) {
        Map<T, Integer> counts = new LinkedHashMap<>();
        for (Candidate member : members) {
            T v = value.apply(member);
            if (v != null) {
                counts.merge(v, 1, Integer::sum);
            }
        }
        return counts.entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey)
                .orElse(null);
    }

    private static Observation.@Nullable Location location(List<Candidate> members) {
        // a report placed by its district alone (a dateline) does not outvote those naming a tehsil or
        // place: it may be one fused across a district border
        List<Candidate> placedFinely = members.stream()
                .filter(member -> member.observation().location() != null
                        && ObservationBlock.coarseDistrict(member.observation()) == null)
                .toList();
        String district = mostCommon(placedFinely.isEmpty() ? members : placedFinely, Candidate::district);
        Observation.Location best = null;
        for (Candidate member : members) {
            Observation.Location location = member.observation().location();
            if (location == null || district != null && !district.equals(location.districtPcode())) {
                continue;
            }
            if (best == null || rank(location.precision()) < rank(best.precision())) {
                best = location;
            }
        }
        return best;
    }

    private static int rank(GeoPrecision precision) {
        return switch (precision) {
            case POINT -> 0;
            case PLACE -> 1;
            case TEHSIL -> 2;
            case DISTRICT -> 3;
            case DIVISION -> 4;
            case PROVINCE -> 5;
        };
    }

    private static Incident.@Nullable Range range(
            List<Candidate> members, Function<Observation, Observation.@Nullable Count> field) {
        long low = Long.MAX_VALUE;
        long high = Long.MIN_VALUE;
        Candidate bestSource = null;
        for (Candidate member : members) {
            Observation.Count count = field.apply(member.observation());
            if (count == null) {
                continue;
            }
            low = Math.min(low, count.value());
            high = Math.max(high, count.value());
            // the most reliable grade first, then the latest report
            if (bestSource == null
                    || member.reliability() < bestSource.reliability()
                    || member.reliability() == bestSource.reliability()
                            && !member.published().isBefore(bestSource.published())) {
                bestSource = member;
            }
        }
        if (bestSource == null) {
            return null;
        }
        return new Incident.Range(low, field.apply(bestSource.observation()).value(), high);
    }

    private static List<Target> targets(List<Candidate> members) {
        Set<Target> targets = EnumSet.noneOf(Target.class);
        members.forEach(member -> targets.addAll(member.observation().targets()));
        return List.copyOf(targets);
    }

    private static Observation.@Nullable Perpetrator perpetrator(List<Candidate> members) {
        Map<String, Integer> mentions = new TreeMap<>();
        Map<String, ClaimStatus> status = new TreeMap<>();
        for (Candidate member : members) {
            Observation.Perpetrator perpetrator = member.observation().perpetrator();
            if (perpetrator != null) {
                mentions.merge(perpetrator.code(), 1, Integer::sum);
                status.merge(perpetrator.code(), perpetrator.status(), (a, b) -> a.ordinal() <= b.ordinal() ? a : b);
            }
        }
        return mentions.keySet().stream()
                .min(Comparator.comparing((String code) -> status.get(code).ordinal())
                        .thenComparing(code -> -mentions.get(code))
                        .thenComparing(Comparator.naturalOrder()))
                .map(code -> new Observation.Perpetrator(code, status.get(code)))
                .orElse(null);
    }

    private static @Nullable String count(Observation.@Nullable Count count) {
        return count == null ? null : String.valueOf(count.value());
    }

    private static void conflict(
            List<Incident.Conflict> conflicts,
            String field,
            List<Candidate> members,
            Function<Candidate, @Nullable String> value) {
        Map<String, List<String>> bySource = new TreeMap<>();
        for (Candidate member : members) {
            String v = value.apply(member);
            if (v != null) {
                List<String> sources = bySource.computeIfAbsent(v, key -> new ArrayList<>());
                if (!sources.contains(member.sourceName())) {
                    sources.add(member.sourceName());
                }
            }
        }
        if (bySource.size() > 1) {
            conflicts.add(new Incident.Conflict(
                    field,
                    bySource.entrySet().stream()
                            .map(entry -> new Incident.Claim(entry.getKey(), entry.getValue()))
                            .toList()));
        }
    }
}
