package org.fusioncentre.extraction.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.fusioncentre.extraction.ExtractionEvaluation;
import org.fusioncentre.geo.gazetteer.Gazetteer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The extractor on the project's own evaluation sets (src/test/resources/extraction): the
 * development set written alongside the extractor (tools/extraction-dev-set) and the hold-out set
 * written without sight of it (tools/extraction-holdout). Prints the scores; the floors sit a
 * little under the measured figures so that a regression fails the build. The README has the
 * figures.
 */
class ExtractorEvaluationSetsTest {
    private static final ZoneId PAKISTAN = ZoneId.of("Asia/Karachi");
    private static final Extractor EXTRACTOR = Extractor.withDefaults(Gazetteer.fromClasspath());

    @ParameterizedTest(name = "{0}")
    @CsvSource({"dev-set.jsonl, 0.87, 0.80", "holdout.jsonl, 0.90, 0.84"})
    void scoresAboveTheFloor(String file, double minF1, double minKilled) throws Exception {
        JsonMapper json = JsonMapper.builder().build();
        ExtractionEvaluation score = new ExtractionEvaluation();
        try (InputStream in = getClass().getResourceAsStream("/extraction/" + file);
                BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                JsonNode report = json.readTree(line);
                var published = OffsetDateTime.parse(report.get("published_at").asString())
                        .atZoneSameInstant(PAKISTAN)
                        .toLocalDateTime();
                var observations = EXTRACTOR.extract(
                        report.path("title").asString(null), report.get("body").asString(), published);
                List<ExtractionEvaluation.GoldIncident> gold = new ArrayList<>();
                report.get("gold").forEach(incident -> gold.add(ExtractionEvaluation.GoldIncident.of(incident)));
                score.add(report.get("id").asString(), gold, observations);
            }
        }
        System.out.println("extraction " + file + ": " + score.summary());

        assertThat(score.f1()).isGreaterThan(minF1);
        assertThat(score.accuracy("killed")).isGreaterThan(minKilled);
        assertThat(score.accuracy("district")).isGreaterThan(0.95);
    }
}
