package org.fusioncentre.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.fusioncentre.extraction.ExtractionEvaluation;
import org.fusioncentre.extraction.ExtractionEvaluation.GoldIncident;
import org.fusioncentre.extraction.Observation;
import org.fusioncentre.extraction.TextExtractor;
import org.fusioncentre.geo.Geocoding;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** {@code fusion eval ...}: scores the product's algorithms against gold sets. */
@Command(
        name = "eval",
        mixinStandardHelpOptions = true,
        description = "Scores an algorithm against a gold set (formats: shared/data/eval/README.md).",
        subcommands = {EvalCommand.Extraction.class, EvalCommand.FusionSet.class})
final class EvalCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "say what to evaluate: extraction or fusion");
    }

    @Command(
            name = "extraction",
            mixinStandardHelpOptions = true,
            description = {
                "Scores extraction against extraction gold JSONL: incident precision / recall / F1, and for matched",
                "incidents the accuracy of district, event type, date, killed, injured and perpetrator.",
                "Runs the shipped extractor on the gold reports, or scores the output of 'fusion extract' given by --extracted."
            })
    static final class Extraction implements Callable<Integer> {
        @Parameters(paramLabel = "GOLD", description = "extraction gold JSONL")
        Path gold;

        @Option(
                names = "--extracted",
                paramLabel = "FILE",
                description = "observations to score ('fusion extract' output), matched to gold lines by id")
        Path extracted;

        @Option(names = "--misses", paramLabel = "N", description = "list up to N misses (default ${DEFAULT-VALUE})")
        int misses = 0;

        @Option(names = "--json", description = "print the scores as one JSON object")
        boolean asJson;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        private final JsonMapper json = JsonMapper.builder().build();
        private final JsonMapper snake = JsonMapper.builder()
                .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                // 'fusion extract' output of versions before "recalled" lacks it: false
                .withConfigOverride(
                        boolean.class,
                        o -> o.setNullHandling(com.fasterxml.jackson.annotation.JsonSetter.Value.forValueNulls(
                                com.fasterxml.jackson.annotation.Nulls.AS_EMPTY)))
                .build();

        @Override
        public Integer call() throws IOException {
            Map<String, List<Observation>> given = extracted == null ? null : readExtracted(extracted);
            TextExtractor extractor = given == null ? TextExtractor.standard(Geocoding.shipped()) : null;
            ExtractionEvaluation evaluation = new ExtractionEvaluation();
            PrintWriter err = spec.commandLine().getErr();
            int bad = 0;
            int reports = 0;
            try (BufferedReader lines = open(gold)) {
                String line;
                int number = 0;
                while ((line = lines.readLine()) != null) {
                    number++;
                    if (line.isBlank()) {
                        continue;
                    }
                    try {
                        JsonNode report = json.readTree(line);
                        String id = ReportLines.externalId(report);
                        String name = id == null ? "line " + number : id;
                        List<GoldIncident> incidents = new ArrayList<>();
                        report.path("gold").forEach(incident -> incidents.add(GoldIncident.of(incident)));
                        List<Observation> observations = given != null
                                ? given.getOrDefault(id, List.of())
                                : ReportLines.extract(extractor, report);
                        evaluation.add(name, incidents, observations);
                        reports++;
                    } catch (JacksonException | IllegalArgumentException | DateTimeParseException e) {
                        bad++;
                        err.println("fusion: " + gold + ":" + number + ": " + OneLine.of(e));
                    }
                }
            }
            print(evaluation, reports);
            return bad == 0 ? 0 : 1;
        }

        private void print(ExtractionEvaluation evaluation, int reports) {
            PrintWriter out = spec.commandLine().getOut();
            if (asJson) {
                ObjectNode result = json.createObjectNode();
                result.put("reports", reports);
                result.put("precision", evaluation.precision());
                result.put("recall", evaluation.recall());
                result.put("f1", evaluation.f1());
                result.put("true_positives", evaluation.truePositives());
                result.put("false_positives", evaluation.falsePositives());
                result.put("false_negatives", evaluation.falseNegatives());
                ObjectNode fields = result.putObject("matched");
                for (String field : evaluation.fieldNames()) {
                    ObjectNode entry = fields.putObject(field);
                    double accuracy = evaluation.accuracy(field);
                    if (Double.isNaN(accuracy)) {
                        entry.putNull("accuracy");
                    } else {
                        entry.put("accuracy", accuracy);
                    }
                    entry.put("scored", evaluation.scored(field));
                }
                out.println(json.writeValueAsString(result));
            } else {
                out.println(reports + " reports; " + evaluation.summary());
                evaluation.misses().stream().limit(misses).forEach(miss -> out.println("  " + miss));
                evaluation.fieldMisses().stream().limit(misses).forEach(miss -> out.println("  " + miss));
            }
            out.flush();
        }

        private Map<String, List<Observation>> readExtracted(Path file) throws IOException {
            Map<String, List<Observation>> byId = new HashMap<>();
            try (BufferedReader lines = open(file)) {
                String line;
                int number = 0;
                while ((line = lines.readLine()) != null) {
                    number++;
                    if (line.isBlank()) {
                        continue;
                    }
                    try {
                        JsonNode result = snake.readTree(line);
                        List<Observation> observations =
                                snake.convertValue(result.path("observations"), new TypeReference<>() {});
                        byId.put(ReportLines.externalId(result), observations);
                    } catch (JacksonException | IllegalArgumentException e) {
                        throw new CommandLine.ParameterException(
                                spec.commandLine(), file + ":" + number + ": " + OneLine.of(e));
                    }
                }
            }
            return byId;
        }

        private BufferedReader open(Path file) throws IOException {
            if (!Files.isRegularFile(file)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "no such file: " + file);
            }
            return Files.newBufferedReader(file, StandardCharsets.UTF_8);
        }
    }

    @Command(
            name = "fusion",
            mixinStandardHelpOptions = true,
            description = {
                "Scores fusion against fusion gold JSONL (reports with \"gold_incidents\"): ingests the reports into a",
                "fresh store (a temporary folder unless --data is given), extracts and fuses them, and compares, over",
                "pairs of reports, \"placed in the same incident\" with \"share a gold incident\": pairwise precision,",
                "recall and F1, and B-cubed."
            })
    static final class FusionSet implements Callable<Integer> {
        @Parameters(paramLabel = "GOLD", description = "fusion gold JSONL")
        Path gold;

        @Option(names = "--data", paramLabel = "DIR", description = "store to use (must be empty); kept afterwards")
        Path data;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            if (!Files.isRegularFile(gold)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "no such file: " + gold);
            }
            Map<String, java.util.Set<String>> expected = readGold();
            Path dir = data != null ? data : Files.createTempDirectory("fusion-eval");
            Map<String, java.util.Set<String>> placed = new HashMap<>();
            try (var context = Application.start(dir.toAbsolutePath(), false, java.util.Map.of())) {
                org.fusioncentre.intake.IngestSummary summary = new org.fusioncentre.intake.IngestSummary(10);
                context.getBean(org.fusioncentre.intake.Intake.class)
                        .importPaths(
                                List.of(gold),
                                org.fusioncentre.intake.ImportOptions.defaults(),
                                summary,
                                org.fusioncentre.intake.ImportProgress.NONE);
                context.getBean(org.fusioncentre.extraction.Extraction.class).extractPending(done -> {});
                org.fusioncentre.fusion.Fusion fusion = context.getBean(org.fusioncentre.fusion.Fusion.class);
                fusion.fusePending(done -> {});
                String cursor = null;
                do {
                    var page = fusion.incidents(
                            org.fusioncentre.fusion.IncidentQuery.all(cursor, 1000),
                            org.fusioncentre.access.Audience.operator("eval"));
                    for (var incident : page.items()) {
                        // a report that only recalls the incident is listed with it, not placed in it
                        for (var member : incident.reporting()) {
                            placed.computeIfAbsent(
                                            member.source() + "|" + member.externalId(), k -> new java.util.TreeSet<>())
                                    .add(incident.id().toString());
                        }
                    }
                    cursor = page.nextCursor();
                } while (cursor != null);
            } finally {
                if (data == null) {
                    deleteTree(dir);
                }
            }
            spec.commandLine()
                    .getOut()
                    .println(new org.fusioncentre.fusion.FusionEvaluation(expected, placed).summary());
            spec.commandLine().getOut().flush();
            return 0;
        }

        private Map<String, java.util.Set<String>> readGold() throws IOException {
            JsonMapper json = JsonMapper.builder().build();
            Map<String, java.util.Set<String>> expected = new HashMap<>();
            try (BufferedReader lines = Files.newBufferedReader(gold, StandardCharsets.UTF_8)) {
                String line;
                int number = 0;
                while ((line = lines.readLine()) != null) {
                    number++;
                    if (line.isBlank()) {
                        continue;
                    }
                    try {
                        JsonNode report = json.readTree(line);
                        java.util.Set<String> incidents = new java.util.TreeSet<>();
                        report.path("gold_incidents").forEach(id -> incidents.add(id.asString()));
                        expected.put(
                                report.path("source").asString() + "|" + ReportLines.externalId(report), incidents);
                    } catch (JacksonException e) {
                        throw new CommandLine.ParameterException(
                                spec.commandLine(), gold + ":" + number + ": " + OneLine.of(e));
                    }
                }
            }
            return expected;
        }

        private static void deleteTree(Path dir) throws IOException {
            try (var paths = Files.walk(dir)) {
                for (Path path :
                        paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(path);
                }
            }
        }
    }
}
