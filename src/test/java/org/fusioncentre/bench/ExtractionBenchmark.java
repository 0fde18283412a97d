package org.fusioncentre.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
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
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Extractor throughput on one thread over the project's evaluation-set reports: all of them
 * (mean ~970 characters), or only those of 1,200 characters or more (mean ~1,450, the size the
 * issue's target names). Run with bench/extract.sh.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ExtractionBenchmark {
    private record Text(String title, String body, LocalDateTime published) {}

    @Param({"all", "long"})
    public String reports;

    private Extractor extractor;
    private List<Text> texts;
    private int next;

    @Setup
    public void load() throws IOException {
        extractor = Extractor.withDefaults(Gazetteer.fromClasspath());
        texts = new ArrayList<>();
        JsonMapper json = JsonMapper.builder().build();
        long characters = 0;
        for (String set : List.of("dev-set.jsonl", "holdout.jsonl")) {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(
                    ExtractionBenchmark.class.getResourceAsStream("/extraction/" + set), StandardCharsets.UTF_8))) {
                String line;
                while ((line = lines.readLine()) != null) {
                    JsonNode report = json.readTree(line);
                    Text text = new Text(
                            report.get("title").asString(),
                            report.get("body").asString(),
                            java.time.OffsetDateTime.parse(
                                            report.get("published_at").asString())
                                    .toLocalDateTime());
                    int length = text.title().length() + text.body().length();
                    if (reports.equals("all") || length >= 1200) {
                        texts.add(text);
                        characters += length;
                    }
                }
            }
        }
        System.out.printf("%n%d reports, mean %d characters%n", texts.size(), characters / texts.size());
    }

    @Benchmark
    public List<Observation> extract() {
        Text text = texts.get(next++ % texts.size());
        return extractor.extract(text.title(), text.body(), text.published());
    }
}
