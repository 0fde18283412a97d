package org.fusioncentre.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --data DIR}: where the embedded store lives; FUSION_DATA, then ./fusion-data by default. */
final class DataOption {
    @Option(
            names = "--data",
            paramLabel = "DIR",
            description = "data folder of the embedded store (default: $FUSION_DATA or ./fusion-data)")
    Path data;

    Path resolve() {
        if (data != null) {
            return data.toAbsolutePath().normalize();
        }
        String fromEnvironment = System.getenv("FUSION_DATA");
        return Path.of(fromEnvironment != null && !fromEnvironment.isBlank() ? fromEnvironment : "fusion-data")
                .toAbsolutePath()
                .normalize();
    }
}
