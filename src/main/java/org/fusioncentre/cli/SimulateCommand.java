package org.fusioncentre.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.fusioncentre.fusion.simulation.Simulator;
import org.fusioncentre.geo.Geocoding;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** {@code fusion simulate}: realistic multi-source reports with ground truth. */
@Command(
        name = "simulate",
        mixinStandardHelpOptions = true,
        description = {
            "Writes simulated reports (JSON Lines, the report input format with \"gold_incidents\") about invented",
            "incidents in real districts: flash reports, next-day follow-ups with rising tolls and relative dates, claims,",
            "spelling variants, and distractors in the same district on nearby days; and the ground truth beside it",
            "(FILE.truth.jsonl). Deterministic for a seed. Score a run with 'fusion eval fusion FILE'."
        })
final class SimulateCommand implements Callable<Integer> {
    @Option(names = "--seed", defaultValue = "1", description = "random seed (default ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--incidents", required = true, description = "how many incidents")
    int incidents;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "reports JSONL to write")
    Path out;

    @Option(names = "--start", defaultValue = "2026-01-01", description = "first day (default ${DEFAULT-VALUE})")
    LocalDate start;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (incidents < 1 || incidents > 10_000_000) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--incidents must be between 1 and 10000000");
        }
        JsonMapper json = JsonMapper.builder()
                .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .build();
        Simulator.Result result = new Simulator(Geocoding.shipped()).simulate(seed, incidents, start);
        try (BufferedWriter writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            for (Simulator.SimulatedReport report : result.reports()) {
                ObjectNode node = json.valueToTree(report);
                node.put("language", "en");
                writer.write(json.writeValueAsString(node));
                writer.newLine();
            }
        }
        Path truth = out.resolveSibling(out.getFileName() + ".truth.jsonl");
        try (BufferedWriter writer = Files.newBufferedWriter(truth, StandardCharsets.UTF_8)) {
            for (Simulator.SimulatedIncident incident : result.incidents()) {
                writer.write(json.writeValueAsString(incident));
                writer.newLine();
            }
        }
        spec.commandLine()
                .getOut()
                .printf(
                        "wrote %,d reports about %,d incidents to %s (truth: %s)%n",
                        result.reports().size(), incidents, out, truth);
        return 0;
    }
}
