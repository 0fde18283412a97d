package org.fusioncentre.extraction;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Scores observations against gold incidents by the rule of {@code shared/data/eval/README.md}: an
 * observation matches a gold incident when the district agrees (or is in {@code district_any}, or
 * neither names a district and the provinces agree, as for "Karachi" alone),
 * the event type is of the same family (or listed in {@code event_type_alt}) and the date ranges
 * overlap. Matching is one-to-one and greedy in gold order, with required incidents before
 * optional ones; optional gold incidents are neither rewarded nor penalised.
 *
 * <p>Field accuracy is over matched incidents: district, event type (exact or an alternative),
 * date (the observation's date, or the start of its range, inside the gold range), killed and
 * injured (value and qualifier, over the incidents whose gold gives a number), perpetrator (same
 * code, or both none).
 */
public final class ExtractionEvaluation {
    private int truePositives;
    private int falsePositives;
    private int falseNegatives;
    private final Map<String, int[]> fields = new LinkedHashMap<>();
    private final List<String> misses = new ArrayList<>();
    private final List<String> fieldMisses = new ArrayList<>();

    public ExtractionEvaluation() {
        for (String field : List.of("district", "event_type", "date", "killed", "injured", "perpetrator")) {
            fields.put(field, new int[2]);
        }
    }

    /** One gold incident, read from the gold format. */
    public record GoldIncident(
            EventType eventType,
            Set<String> eventTypeAlt,
            LocalDate dateFrom,
            LocalDate dateTo,
            @Nullable String provincePcode,
            @Nullable String districtPcode,
            Set<String> districtAny,
            Observation.@Nullable Count killed,
            Observation.@Nullable Count injured,
            @Nullable String perpetrator,
            boolean optional) {

        /**
         * Reads one element of a gold array.
         *
         * @throws IllegalArgumentException when a required field is missing or malformed
         */
        public static GoldIncident of(JsonNode gold) {
            try {
                LocalDate from = LocalDate.parse(gold.path("date_from").asString());
                LocalDate to = LocalDate.parse(gold.path("date_to").asString());
                return new GoldIncident(
                        EventType.valueOf(gold.path("event_type").asString()),
                        strings(gold.path("event_type_alt")),
                        from,
                        to,
                        text(gold.path("province_pcode")),
                        text(gold.path("district_pcode")),
                        strings(gold.path("district_any")),
                        count(gold.path("killed"), gold.path("killed_qualifier")),
                        count(gold.path("injured"), gold.path("injured_qualifier")),
                        text(gold.path("perpetrator")),
                        gold.path("optional").asBoolean(false));
            } catch (DateTimeParseException | IllegalArgumentException e) {
                throw new IllegalArgumentException("bad gold incident: " + e.getMessage(), e);
            }
        }

        private static @Nullable String text(JsonNode node) {
            return node.isString() && !node.asString().isBlank() ? node.asString() : null;
        }

        private static Set<String> strings(JsonNode array) {
            List<String> values = new ArrayList<>();
            for (JsonNode element : array) {
                values.add(element.asString(""));
            }
            return Set.copyOf(values);
        }

        private static Observation.@Nullable Count count(JsonNode value, JsonNode qualifier) {
            if (!value.isNumber()) {
                return null;
            }
            String name = qualifier.asString("EXACT");
            return new Observation.Count(value.asLong(), Qualifier.valueOf(name.isBlank() ? "EXACT" : name));
        }

        boolean accepts(EventType type) {
            return type == eventType || eventTypeAlt.contains(type.name());
        }

        /**
         * The district agrees, or is one of the acceptable ones; where the gold names no district
         * ("Karachi" alone), an observation without a district in the same province agrees too.
         */
        boolean acceptsDistrict(Observation.@Nullable Location location) {
            String district = location == null ? null : location.districtPcode();
            if (district == null) {
                return districtPcode == null
                        && location != null
                        && provincePcode != null
                        && provincePcode.equals(location.provincePcode());
            }
            return district.equals(districtPcode) || districtAny.contains(district);
        }
    }

    /** Scores one report: its gold incidents against what was extracted from it. */
    public void add(String reportId, List<GoldIncident> gold, List<Observation> observations) {
        List<Observation> unmatched = new ArrayList<>(observations);
        List<GoldIncident> ordered = new ArrayList<>(gold);
        ordered.sort(Comparator.comparing(GoldIncident::optional));
        for (GoldIncident incident : ordered) {
            Observation match = unmatched.stream()
                    .filter(observation -> matches(observation, incident))
                    .findFirst()
                    .orElse(null);
            if (match != null) {
                unmatched.remove(match);
                if (!incident.optional()) {
                    truePositives++;
                    scoreFields(reportId, match, incident);
                }
            } else if (!incident.optional()) {
                falseNegatives++;
                misses.add(reportId + " missed " + incident.eventType() + " in " + incident.districtPcode() + " on "
                        + incident.dateFrom());
            }
        }
        falsePositives += unmatched.size();
        for (Observation extra : unmatched) {
            misses.add(reportId + " extra " + extra.eventType() + " in " + district(extra) + " on " + extra.dateFrom());
        }
    }

    private static @Nullable String district(Observation observation) {
        return observation.location() == null ? null : observation.location().districtPcode();
    }

    private static boolean matches(Observation observation, GoldIncident gold) {
        boolean typeAgrees =
                observation.eventType().family() == gold.eventType().family()
                        || gold.eventTypeAlt().contains(observation.eventType().name());
        boolean datesOverlap = !observation.dateFrom().isAfter(gold.dateTo())
                && !gold.dateFrom().isAfter(observation.dateTo());
        return gold.acceptsDistrict(observation.location()) && typeAgrees && datesOverlap;
    }

    private void scoreFields(String reportId, Observation observation, GoldIncident gold) {
        tally("district", gold.acceptsDistrict(observation.location()));
        tally("event_type", gold.accepts(observation.eventType()));
        LocalDate date = observation.date() != null ? observation.date() : observation.dateFrom();
        tally("date", !date.isBefore(gold.dateFrom()) && !date.isAfter(gold.dateTo()));
        if (gold.killed() != null) {
            boolean right = gold.killed().equals(observation.killed());
            tally("killed", right);
            if (!right) {
                fieldMisses.add(reportId + " killed: gold " + gold.killed().value() + " "
                        + gold.killed().qualifier() + ", got " + describe(observation.killed()));
            }
        }
        if (gold.injured() != null) {
            tally("injured", gold.injured().equals(observation.injured()));
        }
        String perpetrator = observation.perpetrator() == null
                ? null
                : observation.perpetrator().code();
        boolean right = Objects.equals(gold.perpetrator(), perpetrator);
        tally("perpetrator", right);
        if (!right) {
            fieldMisses.add(reportId + " perpetrator: gold " + gold.perpetrator() + ", got " + perpetrator);
        }
    }

    private static String describe(Observation.@Nullable Count count) {
        return count == null ? "none" : count.value() + " " + count.qualifier();
    }

    private void tally(String field, boolean right) {
        int[] counts = fields.get(field);
        counts[1]++;
        if (right) {
            counts[0]++;
        }
    }

    public double precision() {
        return truePositives == 0 ? 0 : (double) truePositives / (truePositives + falsePositives);
    }

    public double recall() {
        return truePositives == 0 ? 0 : (double) truePositives / (truePositives + falseNegatives);
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** Accuracy of one field over the matched incidents that have it; NaN when none has it. */
    public double accuracy(String field) {
        int[] counts = fields.get(field);
        if (counts == null) {
            throw new IllegalArgumentException("no such field: " + field);
        }
        return counts[1] == 0 ? Double.NaN : (double) counts[0] / counts[1];
    }

    /** How many matched incidents a field was scored on. */
    public int scored(String field) {
        return fields.get(field)[1];
    }

    public int truePositives() {
        return truePositives;
    }

    public int falsePositives() {
        return falsePositives;
    }

    public int falseNegatives() {
        return falseNegatives;
    }

    /** Incidents missed and observations extra, one line each, in the order seen. */
    public List<String> misses() {
        return List.copyOf(misses);
    }

    /** Wrong killed figures and perpetrators on matched incidents. */
    public List<String> fieldMisses() {
        return List.copyOf(fieldMisses);
    }

    public List<String> fieldNames() {
        return List.copyOf(fields.keySet());
    }

    public String summary() {
        StringBuilder text = new StringBuilder(String.format(
                Locale.ROOT,
                "incidents: precision %.3f recall %.3f F1 %.3f (TP %d, FP %d, FN %d); matched:",
                precision(),
                recall(),
                f1(),
                truePositives,
                falsePositives,
                falseNegatives));
        fields.forEach((field, counts) ->
                text.append(String.format(Locale.ROOT, " %s %.3f (of %d),", field, accuracy(field), counts[1])));
        text.setLength(text.length() - 1);
        return text.toString();
    }
}
