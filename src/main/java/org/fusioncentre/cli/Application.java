package org.fusioncentre.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.fusioncentre.FusionCentreApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts the Spring application for a command: with the web server for serve and demo, without it for the rest. */
final class Application {
    private Application() {}

    static ConfigurableApplicationContext start(Path dataDir, boolean web, Map<String, Object> properties) {
        try {
            Files.createDirectories(dataDir);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot create the data folder " + dataDir + ": " + e.getMessage(), e);
        }
        if (System.getProperty("h2.bindAddress") == null) {
            // The embedded store's auto-server (for a second process on the same data) listens on loopback only.
            System.setProperty("h2.bindAddress", "127.0.0.1");
        }
        Map<String, Object> defaults = new LinkedHashMap<>();
        defaults.put("fusion.data-dir", dataDir.toString());
        if (!web) {
            // A command speaks through its own output; the full log, stack traces included, goes to the log file.
            defaults.put("logging.threshold.console", "OFF");
            // Only a service runs the pipeline on its own: a command that starts the application for a
            // moment (a zone, a source, an export) must not start extracting and fusing in the background
            // while it works and shuts down; commands that want the pipeline run it themselves.
            defaults.put("fusion.pipeline.live", "false");
            defaults.put("fusion.pipeline.catch-up-on-start", "false");
            defaults.put("fusion.assessment.refresh", "false");
            defaults.put("fusion.coordination.escalation", "false");
            // The command line acts as its local operator (issue 7): the audit log names the OS user.
            defaults.put("fusion.access.default-actor", "cli:" + System.getProperty("user.name", "unknown"));
        }
        defaults.putAll(properties);
        // As command-line arguments these outrank application.yml and the environment, as a flag should.
        String[] arguments = defaults.entrySet().stream()
                .map(entry -> "--" + entry.getKey() + "=" + entry.getValue())
                .toArray(String[]::new);
        return new SpringApplicationBuilder(FusionCentreApplication.class)
                .web(web ? WebApplicationType.SERVLET : WebApplicationType.NONE)
                .logStartupInfo(web)
                .run(arguments);
    }

    /**
     * Runs a short command's work on the store with the pipeline quiet, and answers a value the
     * store refuses ({@link IllegalArgumentException}) as a usage error in one line.
     */
    static <T> T onStore(
            Path dataDir,
            picocli.CommandLine commandLine,
            java.util.function.Function<ConfigurableApplicationContext, T> work) {
        try (ConfigurableApplicationContext context = start(dataDir, false, Map.of())) {
            return work.apply(context);
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(commandLine, e.getMessage(), e);
        }
    }
}
