package org.fusioncentre.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.fusioncentre.extraction.Observation;
import org.fusioncentre.extraction.text.Extractor;
import org.fusioncentre.geo.gazetteer.Gazetteer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import tools.jackson.databind.json.JsonMapper;

/**
 * Time to extract one 1,000,000-character report (the largest intake keeps), built from the
 * development set's bodies one after another. Run with bench/extract.sh.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class ExtractionLargeReportBenchmark {
    private Extractor extractor;
    private String body;

    @Setup
    public void load() throws IOException {
        extractor = Extractor.withDefaults(Gazetteer.fromClasspath());
        JsonMapper json = JsonMapper.builder().build();
        StringBuilder text = new StringBuilder();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(
                ExtractionLargeReportBenchmark.class.getResourceAsStream("/extraction/dev-set.jsonl"),
                StandardCharsets.UTF_8))) {
            List<String> reports = lines.lines().toList();
            for (int i = 0; text.length() < 1_000_000; i++) {
                text.append(json.readTree(reports.get(i % reports.size()))
                                .get("body")
                                .asString())
                        .append("\n\n");
            }
        }
        body = text.substring(0, 1_000_000);
    }

    @Benchmark
    public List<Observation> extractOneMegabyte() {
        return extractor.extract("Round-up", body, LocalDateTime.of(2026, 11, 20, 10, 0));
    }
}
