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
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Extractor throughput on one thread over the development set's reports (median ~760 characters). Run with bench/extract.sh. */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ExtractionBenchmark {
    private record Text(String title, String body, LocalDateTime published) {}

    private Extractor extractor;
    private List<Text> texts;
    private int next;

    @Setup
    public void load() throws IOException {
        extractor = Extractor.withDefaults(Gazetteer.fromClasspath());
        texts = new ArrayList<>();
        JsonMapper json = JsonMapper.builder().build();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(
                ExtractionBenchmark.class.getResourceAsStream("/extraction/dev-set.jsonl"), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                JsonNode report = json.readTree(line);
                texts.add(new Text(
                        report.get("title").asString(),
                        report.get("body").asString(),
                        java.time.OffsetDateTime.parse(
                                        report.get("published_at").asString())
                                .toLocalDateTime()));
            }
        }
    }

    @Benchmark
    public List<Observation> extract() {
        Text text = texts.get(next++ % texts.size());
        return extractor.extract(text.title(), text.body(), text.published());
    }
}
