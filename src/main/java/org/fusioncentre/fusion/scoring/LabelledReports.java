package org.fusioncentre.fusion.scoring;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.fusioncentre.extraction.Observation;
import org.fusioncentre.extraction.ObservationBlock;
import org.fusioncentre.extraction.TextExtractor;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reports with their gold incidents (fusion gold JSONL: the report input shape plus
 * {@code gold_incidents}), extracted without a store and grouped into fusion's blocks: what
 * calibrating the pair scorer and scoring fusion in memory start from.
 *
 * @param gold each report's gold incidents, by external id
 * @param blocks the observations as fusion candidates, by block
 */
public record LabelledReports(Map<String, Set<String>> gold, Map<ObservationBlock, List<Candidate>> blocks) {
    private static final ZoneId PAKISTAN = ZoneId.of("Asia/Karachi");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    public LabelledReports {
        gold = Map.copyOf(gold);
        blocks = Map.copyOf(blocks);
    }

    /**
     * @param lines JSON lines; blank lines are skipped
     * @throws IllegalArgumentException naming the line, for a line that is not a report with an
     *     external id, a body, a publication time and a list of gold incidents
     */
    public static LabelledReports extract(List<String> lines, TextExtractor extractor) {
        Map<String, Set<String>> gold = new HashMap<>();
        Map<ObservationBlock, List<Candidate>> blocks = new LinkedHashMap<>();
        for (int number = 1; number <= lines.size(); number++) {
            String line = lines.get(number - 1);
            if (line.isBlank()) {
                continue;
            }
            try {
                JsonNode report = JSON.readTree(line);
                String id = required(report, "external_id").asString();
                if (gold.containsKey(id)) {
                    throw new IllegalArgumentException("external_id " + id + " appears twice");
                }
                JsonNode incidents = required(report, "gold_incidents");
                if (!incidents.isArray()) {
                    throw new IllegalArgumentException("gold_incidents must be a list");
                }
                Set<String> labels = new TreeSet<>();
                incidents.forEach(incident -> labels.add(incident.asString()));
                gold.put(id, labels);
                OffsetDateTime published =
                        OffsetDateTime.parse(required(report, "published_at").asString());
                String title =
                        report.path("title").isString() ? report.get("title").asString() : null;
                String body = required(report, "body").asString();
                List<Observation> observations = extractor.extract(
                        title, body, published.atZoneSameInstant(PAKISTAN).toLocalDateTime());
                List<List<String>> terms = extractor.terms(title, body, observations);
                String source = report.path("source").asString("unknown");
                for (int i = 0; i < observations.size(); i++) {
                    Observation observation = observations.get(i);
                    blocks.computeIfAbsent(ObservationBlock.of(observation), block -> new ArrayList<>())
                            .add(new Candidate(
                                    id + "#" + i,
                                    id,
                                    i,
                                    id,
                                    source,
                                    published.toInstant(),
                                    5,
                                    false,
                                    observation,
                                    Set.copyOf(terms.get(i))));
                }
            } catch (JacksonException | DateTimeParseException | IllegalArgumentException e) {
                throw new IllegalArgumentException("line " + number + ": " + e.getMessage(), e);
            }
        }
        return new LabelledReports(gold, blocks);
    }

    private static JsonNode required(JsonNode report, String field) {
        JsonNode value = report.get(field);
        if (value == null || value.isNull()) {
            throw new IllegalArgumentException("no " + field);
        }
        return value;
    }

    /**
     * Each report's incidents as the clusters place them, in the blocks the areas make of the
     * districts (observations without a district or province stand alone, as in the pipeline).
     */
    public Map<String, Set<String>> placed(Clusters clusters, FusionAreas areas) {
        Map<String, List<Candidate>> byArea = new java.util.TreeMap<>();
        blocks.forEach(
                (cell, candidates) -> byArea.computeIfAbsent(areas.of(cell).key(), key -> new ArrayList<>())
                        .addAll(candidates));
        lend(byArea, clusters, areas);
        Map<String, Set<String>> placed = new HashMap<>();
        int incident = 0;
        for (Map.Entry<String, List<Candidate>> block : byArea.entrySet()) {
            List<List<Candidate>> found = block.getKey().equals(ObservationBlock.UNPLACED_KEY)
                    ? block.getValue().stream().map(List::of).toList()
                    : clusters.of(block.getValue());
            for (List<Candidate> cluster : found) {
                String name = "I" + (++incident);
                // as in the incident's reporting members: one that only mentions it is not placed in it
                Candidate.reporting(cluster)
                        .forEach(candidate -> placed.computeIfAbsent(candidate.reportId(), key -> new TreeSet<>())
                                .add(name));
            }
        }
        return placed;
    }

    /** Moves the observations placed by their district alone to the blocks {@link Loans} lends them to. */
    private static void lend(Map<String, List<Candidate>> byArea, Clusters clusters, FusionAreas areas) {
        Loans loans = new Loans(clusters.scorer());
        Map<Candidate, String> moves = new LinkedHashMap<>();
        byArea.forEach((home, candidates) -> {
            for (Candidate candidate : candidates) {
                if (!Loans.lendable(candidate.observation())) {
                    continue;
                }
                Map<String, List<Candidate>> abroad = new java.util.TreeMap<>();
                for (String neighbour :
                        areas.neighbours(candidate.observation().location().districtPcode())) {
                    String block =
                            areas.of(new ObservationBlock(neighbour, null)).key();
                    abroad.putIfAbsent(block, byArea.getOrDefault(block, List.of()));
                }
                String block = loans.blockOf(candidate, home, candidates, abroad);
                if (!block.equals(home)) {
                    moves.put(candidate, block);
                }
            }
        });
        moves.forEach((candidate, block) -> {
            byArea.values().forEach(candidates -> candidates.remove(candidate));
            byArea.computeIfAbsent(block, key -> new ArrayList<>()).add(candidate);
        });
    }

    /** One pair fusion compares, with whether its reports share a gold incident. */
    public record Pair(double[] features, boolean same) {}

    /**
     * The pairs fusion would score, labelled. Reports about several gold incidents are left out:
     * which of their observations is which incident is not labelled; so are recalled observations,
     * whose report's labels are not theirs.
     */
    public List<Pair> pairs() {
        List<Pair> pairs = new ArrayList<>();
        for (Map.Entry<ObservationBlock, List<Candidate>> block : blocks.entrySet()) {
            if (unplaced(block.getKey())) {
                continue;
            }
            List<Candidate> candidates = block.getValue().stream()
                    .filter(candidate -> !candidate.observation().recalled())
                    .toList();
            for (int i = 0; i < candidates.size(); i++) {
                Set<String> first = gold.get(candidates.get(i).reportId());
                if (first.size() > 1) {
                    continue;
                }
                for (int j = i + 1; j < candidates.size(); j++) {
                    Set<String> second = gold.get(candidates.get(j).reportId());
                    if (second.size() > 1) {
                        continue;
                    }
                    double[] features = PairScorer.features(candidates.get(i), candidates.get(j));
                    if (features != null) {
                        pairs.add(new Pair(features, !first.isEmpty() && first.equals(second)));
                    }
                }
            }
        }
        return pairs;
    }

    private static boolean unplaced(ObservationBlock block) {
        return block.provincePcode() == null && block.districtPcode() == null;
    }
}
