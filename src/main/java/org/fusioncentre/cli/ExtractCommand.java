package org.fusioncentre.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import org.fusioncentre.extraction.TextExtractor;
import org.fusioncentre.geo.Geocoding;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code fusion extract [FILE|-]}: report JSONL in, one line per report out with its
 * observations; stores nothing and needs no data folder.
 */
@Command(
        name = "extract",
        mixinStandardHelpOptions = true,
        description = {
            "Reads reports as JSON Lines (a file, or standard input with '-' or no argument) and writes one line per report:",
            "{\"external_id\", \"observations\": [...]}. Stores nothing. Bad lines are reported on stderr; exit code 1 if any."
        })
final class ExtractCommand implements Callable<Integer> {
    @Parameters(arity = "0..1", paramLabel = "FILE", description = "report JSONL (default: standard input)")
    String file;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        JsonMapper json = JsonMapper.builder().build();
        JsonMapper output = JsonMapper.builder()
                .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .build();
        TextExtractor extractor = TextExtractor.standard(Geocoding.shipped());
        int bad = 0;
        try (BufferedReader lines = new BufferedReader(open())) {
            String line;
            int number = 0;
            while ((line = lines.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    JsonNode report = json.readTree(line);
                    ObjectNode result = output.createObjectNode();
                    result.put("external_id", ReportLines.externalId(report));
                    result.set("observations", output.valueToTree(ReportLines.extract(extractor, report)));
                    out.println(output.writeValueAsString(result));
                } catch (JacksonException | DateTimeParseException e) {
                    bad++;
                    err.println("fusion: line " + number + ": " + OneLine.of(e));
                }
            }
        }
        out.flush();
        return bad == 0 ? 0 : 1;
    }

    private Reader open() throws IOException {
        if (file == null || file.equals("-")) {
            return new InputStreamReader(System.in, StandardCharsets.UTF_8);
        }
        Path path = Path.of(file);
        if (!Files.isRegularFile(path)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "no such file: " + file);
        }
        return Files.newBufferedReader(path, StandardCharsets.UTF_8);
    }
}
