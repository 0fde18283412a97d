package org.fusioncentre.extraction.text;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.fusioncentre.extraction.EventType;
import org.fusioncentre.extraction.Observation;
import tools.jackson.databind.JsonNode;

/**
 * Scores observations against gold incidents by the rule of shared/data/eval/README.md: an
 * observation matches a gold incident when the district agrees (or is in district_any), the event
 * type is of the same family (or listed in event_type_alt) and the date ranges overlap; matching
 * is one-to-one; optional gold incidents are neither rewarded nor penalised.
 */
final class ExtractionScore {
    int truePositives;
    int falsePositives;
    int falseNegatives;
    int matched;
    int eventTypeRight;
    int dateRight;
    int killedRight;
    int killedPresent;
    int injuredRight;
    int injuredPresent;
    int perpetratorRight;
    final List<String> misses = new ArrayList<>();
    final List<String> fieldMisses = new ArrayList<>();

    void add(String id, JsonNode gold, List<Observation> observations) {
        List<Observation> unmatched = new ArrayList<>(observations);
        List<JsonNode> golds = new ArrayList<>();
        gold.forEach(golds::add);
        golds.sort((a, b) -> Boolean.compare(
                a.path("optional").asBoolean(false), b.path("optional").asBoolean(false)));
        for (JsonNode incident : golds) {
            boolean optional = incident.path("optional").asBoolean(false);
            Observation match = null;
            for (Observation observation : unmatched) {
                if (matches(observation, incident)) {
                    match = observation;
                    break;
                }
            }
            if (match != null) {
                unmatched.remove(match);
                if (!optional) {
                    truePositives++;
                    fields(match, incident);
                }
            } else if (!optional) {
                falseNegatives++;
                misses.add(id + " missed " + incident.path("event_type").asString() + " in "
                        + incident.path("district_pcode").asString() + " on "
                        + incident.path("date_from").asString());
            }
        }
        falsePositives += unmatched.size();
        for (Observation extra : unmatched) {
            misses.add(id + " extra " + extra.eventType() + " in "
                    + (extra.location() == null ? "?" : extra.location().districtPcode()) + " on " + extra.dateFrom());
        }
    }

    private static boolean matches(Observation observation, JsonNode gold) {
        String district =
                observation.location() == null ? null : observation.location().districtPcode();
        boolean districtAgrees = district != null
                && (district.equals(gold.path("district_pcode").asString(""))
                        || contains(gold.path("district_any"), district));
        EventType goldType = EventType.valueOf(gold.path("event_type").asString());
        boolean typeAgrees = observation.eventType().family() == goldType.family()
                || contains(gold.path("event_type_alt"), observation.eventType().name());
        LocalDate from = LocalDate.parse(gold.path("date_from").asString());
        LocalDate to = LocalDate.parse(gold.path("date_to").asString());
        boolean datesOverlap = !observation.dateFrom().isAfter(to) && !from.isAfter(observation.dateTo());
        return districtAgrees && typeAgrees && datesOverlap;
    }

    private void fields(Observation observation, JsonNode gold) {
        matched++;
        if (observation.eventType().name().equals(gold.path("event_type").asString())
                || contains(gold.path("event_type_alt"), observation.eventType().name())) {
            eventTypeRight++;
        }
        LocalDate from = LocalDate.parse(gold.path("date_from").asString());
        LocalDate to = LocalDate.parse(gold.path("date_to").asString());
        LocalDate date = observation.date() != null ? observation.date() : observation.dateFrom();
        if (!date.isBefore(from) && !date.isAfter(to)) {
            dateRight++;
        }
        if (!gold.path("killed").isNull() && !gold.path("killed").isMissingNode()) {
            killedPresent++;
            if (observation.killed() != null
                    && observation.killed().value() == gold.path("killed").asLong()
                    && observation
                            .killed()
                            .qualifier()
                            .name()
                            .equals(gold.path("killed_qualifier").asString())) {
                killedRight++;
            } else {
                fieldMisses.add("killed: gold " + gold.path("killed").asLong() + " "
                        + gold.path("killed_qualifier").asString() + ", got " + observation.killed() + " ("
                        + gold.path("event_type").asString() + " "
                        + gold.path("district_pcode").asString() + ")");
            }
        }
        if (!gold.path("injured").isNull() && !gold.path("injured").isMissingNode()) {
            injuredPresent++;
            if (observation.injured() != null
                    && observation.injured().value() == gold.path("injured").asLong()) {
                injuredRight++;
            }
        }
        String goldPerpetrator = gold.path("perpetrator").isNull()
                ? null
                : gold.path("perpetrator").asString(null);
        String perpetrator = observation.perpetrator() == null
                ? null
                : observation.perpetrator().code();
        if (Objects.equals(goldPerpetrator, perpetrator)) {
            perpetratorRight++;
        }
    }

    private static boolean contains(JsonNode array, String value) {
        for (JsonNode element : array) {
            if (element.asString("").equals(value)) {
                return true;
            }
        }
        return false;
    }

    double precision() {
        return truePositives == 0 ? 0 : (double) truePositives / (truePositives + falsePositives);
    }

    double recall() {
        return truePositives == 0 ? 0 : (double) truePositives / (truePositives + falseNegatives);
    }

    double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    String summary() {
        return String.format(
                Locale.ROOT,
                "incidents: precision %.2f recall %.2f F1 %.2f (TP %d, FP %d, FN %d); matched: event type %.2f, date %.2f, killed %.2f (of %d), injured %.2f (of %d), perpetrator %.2f",
                precision(),
                recall(),
                f1(),
                truePositives,
                falsePositives,
                falseNegatives,
                ratio(eventTypeRight, matched),
                ratio(dateRight, matched),
                ratio(killedRight, killedPresent),
                killedPresent,
                ratio(injuredRight, injuredPresent),
                injuredPresent,
                ratio(perpetratorRight, matched));
    }

    private static double ratio(int right, int of) {
        return of == 0 ? 0 : (double) right / of;
    }
}
