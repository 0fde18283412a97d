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
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The extractor on the project's own development set (src/test/resources/extraction, 109 reports
 * written for the project). Prints the scores and guards against regressions; the targets of
 * issue 4 are higher than these floors.
 */
class ExtractorDevSetTest {
    private static final ZoneId PAKISTAN = ZoneId.of("Asia/Karachi");

    @Test
    void scoresOnTheDevelopmentSet() throws Exception {
        Extractor extractor = Extractor.withDefaults(Gazetteer.fromClasspath());
        JsonMapper json = JsonMapper.builder().build();
        ExtractionEvaluation score = new ExtractionEvaluation();
        try (InputStream in = getClass().getResourceAsStream("/extraction/dev-set.jsonl");
                BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                JsonNode report = json.readTree(line);
                var published = OffsetDateTime.parse(report.get("published_at").asString())
                        .atZoneSameInstant(PAKISTAN)
                        .toLocalDateTime();
                var observations = extractor.extract(
                        report.path("title").asString(null), report.get("body").asString(), published);
                List<ExtractionEvaluation.GoldIncident> gold = new ArrayList<>();
                report.get("gold").forEach(incident -> gold.add(ExtractionEvaluation.GoldIncident.of(incident)));
                score.add(report.get("id").asString(), gold, observations);
            }
        }
        System.out.println("extraction dev set: " + score.summary());
        score.misses().stream().limit(60).forEach(miss -> System.out.println("  " + miss));
        score.fieldMisses().stream().limit(60).forEach(miss -> System.out.println("  " + miss));

        assertThat(score.f1()).isGreaterThan(0.3);
    }
}
