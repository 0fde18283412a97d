package org.fusioncentre.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fusioncentre.assessment.model.AssessmentModel;
import org.fusioncentre.assessment.model.Baseline;
import org.fusioncentre.assessment.model.DistrictAdjacency;
import org.fusioncentre.assessment.model.EndemicEpidemicModel;
import org.fusioncentre.assessment.model.EventHistory;
import org.fusioncentre.assessment.model.HawkesModel;
import org.fusioncentre.geo.Geocoding;
import picocli.CommandLine;

/** The assessment models the file-based commands offer, and how they load an events file. */
final class AssessmentModels {
    /**
     * The model {@code forecast} uses unless told otherwise. B2, because no model met issue 6's
     * targets on real history (eval/assessment/README.md): a model replaces this honest baseline
     * only when it beats it by 10% CRPS with calibrated intervals.
     */
    static final String DEFAULT = "B2";

    static final List<String> NAMES = List.of("B0", "B1", "B2", "B3", "M1", "M2");

    private AssessmentModels() {}

    /**
     * District adjacency for a history: the districts of the provinces it covers, each with its
     * neighbours there (from the shipped boundaries).
     */
    static Map<String, Set<String>> adjacency(EventHistory history) {
        return DistrictAdjacency.of(
                Geocoding.shipped(), Set.copyOf(history.provinces().values()));
    }

    static AssessmentModel named(String name, Map<String, Set<String>> adjacency, CommandLine commandLine) {
        return switch (name) {
            case "B0" -> Baseline.B0;
            case "B1" -> Baseline.B1;
            case "B2" -> Baseline.B2;
            case "B3" -> Baseline.B3;
            case "M1" -> new EndemicEpidemicModel(adjacency);
            case "M2" -> new HawkesModel(adjacency);
            default ->
                throw new CommandLine.ParameterException(
                        commandLine, "unknown model '" + name + "' (one of " + String.join(", ", NAMES) + ")");
        };
    }

    static EventHistory read(Path file, CommandLine commandLine) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new CommandLine.ParameterException(commandLine, "no such file: " + file);
        }
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            EventHistory history = EventHistory.read(reader, file.getFileName().toString());
            if (history.skippedWithoutDistrict() > 0 || history.skippedUnknownDistrict() > 0) {
                commandLine
                        .getErr()
                        .printf(
                                "fusion: skipped %d events without a district and %d with an unknown district code%n",
                                history.skippedWithoutDistrict(), history.skippedUnknownDistrict());
            }
            return history;
        }
    }
}
