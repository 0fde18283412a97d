package org.fusioncentre.fusion.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.fusioncentre.extraction.TextExtractor;
import org.fusioncentre.fusion.FusionEvaluation;
import org.fusioncentre.fusion.simulation.Simulator;
import org.fusioncentre.geo.gazetteer.Gazetteer;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

/**
 * Extraction and fusion, without a store, on the hand-written fusion set
 * (src/test/resources/fusion/handwritten.jsonl, written by a helper without sight of the
 * algorithm; tools/fusion-eval-set) and on a simulated set whose seed the shipped weights were not
 * fitted to. Prints the scores; the floors sit under the measured figures so a regression fails.
 * `fusion eval fusion` gives the same figures through the whole pipeline.
 */
class FusionEvaluationSetTest {
    private static final Gazetteer GAZETTEER = Gazetteer.fromClasspath();
    private static final TextExtractor EXTRACTOR = TextExtractor.standard(GAZETTEER);
    private static final FusionAreas AREAS = FusionAreas.shipped(GAZETTEER);
    private static final Clusters CLUSTERS = new Clusters(new PairScorer(PairWeights.shipped(), AREAS));

    @Test
    void scoresAboveTheFloorOnTheHandWrittenSet() throws IOException {
        FusionEvaluation evaluation = evaluate("/fusion/handwritten.jsonl", CLUSTERS);
        System.out.println("fusion hand-written set: " + evaluation.summary());

        assertThat(evaluation.precision()).isGreaterThan(0.95);
        assertThat(evaluation.recall()).isGreaterThan(0.95);
    }

    /**
     * The second hand-written set (tools/fusion-eval-set-2): same-district same-day incidents of one
     * type, round-ups, condemnations. Far from the targets; the text features are what keep its
     * precision up, so without them it must score lower.
     */
    @Test
    void scoresAboveTheFloorOnTheSecondHandWrittenSetAndTheTextHelps() throws IOException {
        FusionEvaluation evaluation = evaluate("/fusion/handwritten-2.jsonl", CLUSTERS);
        double[] silent = PairWeights.shipped().toArray();
        for (PairFeature feature : List.of(
                PairFeature.TEXT_SHARES_DETAILS, PairFeature.TEXT_SHARES_SOME, PairFeature.TEXT_SHARES_NOTHING)) {
            silent[feature.ordinal()] = 0;
        }
        FusionEvaluation withoutText =
                evaluate("/fusion/handwritten-2.jsonl", new Clusters(new PairScorer(PairWeights.of(silent), AREAS)));
        System.out.println(
                "fusion hand-written set 2: " + evaluation.summary() + "; without the text: " + withoutText.summary());

        assertThat(evaluation.precision()).isGreaterThan(0.95);
        assertThat(evaluation.recall()).isGreaterThan(0.48);
        assertThat(evaluation.f1()).isGreaterThan(withoutText.f1());
    }

    /**
     * The demo's 300 reports (src/main/resources/demo) against their answer keys (eval/demo), which
     * list the incidents each report recalls only as background apart from those it reports: 33
     * round-ups and 75 background mentions. Before recalled observations were told apart, the
     * background mentions joined the incidents they recall and precision was 0.80.
     */
    @Test
    void scoresAboveTheFloorOnTheDemosReports() throws IOException {
        JsonMapper json = JsonMapper.builder().build();
        java.util.Map<String, tools.jackson.databind.JsonNode> keys = new java.util.HashMap<>();
        for (String line : java.nio.file.Files.readAllLines(java.nio.file.Path.of("eval/demo/gold.jsonl"))) {
            tools.jackson.databind.JsonNode key = json.readTree(line);
            keys.put(
                    key.path("source").asString() + "|"
                            + key.path("external_id").asString(),
                    key);
        }
        List<String> labelled;
        try (InputStream in = getClass().getResourceAsStream("/demo/reports.jsonl")) {
            labelled = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(line -> !line.isBlank())
                    .map(line -> {
                        tools.jackson.databind.node.ObjectNode report =
                                (tools.jackson.databind.node.ObjectNode) json.readTree(line);
                        tools.jackson.databind.JsonNode key =
                                keys.get(report.path("source").asString() + "|"
                                        + report.path("external_id").asString());
                        report.set("gold_incidents", key.path("gold_incidents"));
                        return report.toString();
                    })
                    .toList();
        }
        assertThat(labelled).hasSize(300);
        LabelledReports set = LabelledReports.extract(labelled, EXTRACTOR);
        FusionEvaluation evaluation = new FusionEvaluation(set.gold(), set.placed(CLUSTERS, AREAS));
        System.out.println("fusion, the demo's reports: " + evaluation.summary());

        assertThat(evaluation.precision()).isGreaterThan(0.9);
        assertThat(evaluation.recall()).isGreaterThan(0.48);
    }

    private FusionEvaluation evaluate(String resource, Clusters clusters) throws IOException {
        List<String> lines;
        try (InputStream in = getClass().getResourceAsStream(resource)) {
            lines = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .toList();
        }
        LabelledReports set = LabelledReports.extract(lines, EXTRACTOR);
        return new FusionEvaluation(set.gold(), set.placed(clusters, AREAS));
    }

    @Test
    void scoresAboveTheFloorOnASimulatedSetTheWeightsWereNotFittedTo() {
        JsonMapper json = JsonMapper.builder()
                .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .build();
        List<String> lines = new Simulator(GAZETTEER)
                .simulate(21, 300, LocalDate.of(2026, 1, 1)).reports().stream()
                        .map(json::writeValueAsString)
                        .toList();
        LabelledReports set = LabelledReports.extract(lines, EXTRACTOR);
        FusionEvaluation evaluation = new FusionEvaluation(set.gold(), set.placed(CLUSTERS, AREAS));
        FusionEvaluation prior = new FusionEvaluation(
                set.gold(), set.placed(new Clusters(new PairScorer(PairWeights.prior(), AREAS)), AREAS));
        System.out.println(
                "fusion simulated set, seed 21: " + evaluation.summary() + "; with the priors: " + prior.summary());

        assertThat(evaluation.precision()).isGreaterThan(0.97).isGreaterThan(prior.precision());
        assertThat(evaluation.recall()).isGreaterThan(0.94);
    }
}
