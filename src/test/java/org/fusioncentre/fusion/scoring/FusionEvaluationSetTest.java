package org.fusioncentre.fusion.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.fusioncentre.extraction.Observation;
import org.fusioncentre.extraction.ObservationBlock;
import org.fusioncentre.extraction.text.Extractor;
import org.fusioncentre.fusion.FusionEvaluation;
import org.fusioncentre.geo.gazetteer.Gazetteer;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Extraction and fusion, without a store, on the hand-written fusion set
 * (src/test/resources/fusion/handwritten.jsonl, written by a helper without sight of the
 * algorithm; tools/fusion-eval-set). Prints the scores; the floors sit under the measured figures
 * so a regression fails. `fusion eval fusion` gives the same figures through the whole pipeline.
 */
class FusionEvaluationSetTest {
    private static final ZoneId PAKISTAN = ZoneId.of("Asia/Karachi");

    @Test
    void scoresAboveTheFloorOnTheHandWrittenSet() throws IOException {
        Extractor extractor = Extractor.withDefaults(Gazetteer.fromClasspath());
        JsonMapper json = JsonMapper.builder().build();
        Map<String, Set<String>> gold = new HashMap<>();
        Map<ObservationBlock, List<Candidate>> blocks = new LinkedHashMap<>();
        try (InputStream in = getClass().getResourceAsStream("/fusion/handwritten.jsonl")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .toList()) {
                JsonNode report = json.readTree(line);
                String id = report.get("external_id").asString();
                Set<String> incidents = new TreeSet<>();
                report.get("gold_incidents").forEach(incident -> incidents.add(incident.asString()));
                gold.put(id, incidents);
                OffsetDateTime published =
                        OffsetDateTime.parse(report.get("published_at").asString());
                List<Observation> observations = extractor.extract(
                        report.path("title").asString(null),
                        report.get("body").asString(),
                        published.atZoneSameInstant(PAKISTAN).toLocalDateTime());
                for (int i = 0; i < observations.size(); i++) {
                    Observation observation = observations.get(i);
                    blocks.computeIfAbsent(ObservationBlock.of(observation), block -> new ArrayList<>())
                            .add(new Candidate(
                                    id + "#" + i,
                                    id,
                                    id,
                                    report.get("source").asString(),
                                    published.toInstant(),
                                    5,
                                    false,
                                    observation));
                }
            }
        }
        Clusters clusters = new Clusters(new PairScorer());
        Map<String, Set<String>> placed = new HashMap<>();
        int incident = 0;
        for (Map.Entry<ObservationBlock, List<Candidate>> block : blocks.entrySet()) {
            List<List<Candidate>> found =
                    block.getKey().provincePcode() == null && block.getKey().districtPcode() == null
                            ? block.getValue().stream().map(List::of).toList()
                            : clusters.of(block.getValue());
            for (List<Candidate> cluster : found) {
                String name = "I" + (++incident);
                cluster.forEach(candidate -> placed.computeIfAbsent(candidate.reportId(), key -> new TreeSet<>())
                        .add(name));
            }
        }
        FusionEvaluation evaluation = new FusionEvaluation(gold, placed);
        System.out.println("fusion hand-written set: " + evaluation.summary());

        assertThat(evaluation.precision()).isGreaterThan(0.90);
        assertThat(evaluation.recall()).isGreaterThan(0.68);
    }
}
