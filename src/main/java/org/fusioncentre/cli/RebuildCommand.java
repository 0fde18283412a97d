package org.fusioncentre.cli;

import java.util.Locale;
import java.util.concurrent.Callable;
import org.fusioncentre.extraction.Extraction;
import org.fusioncentre.fusion.Fusion;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code fusion rebuild}: recomputes all derived state from the stored reports. */
@Command(
        name = "rebuild",
        mixinStandardHelpOptions = true,
        description = {
            "Recomputes derived state: extracts the reports the current extractor has not seen, then fuses every",
            "incident anew from the current observations. The result equals what live ingest produced, whatever the",
            "order the reports came in."
        })
final class RebuildCommand implements Callable<Integer> {
    @Mixin
    DataOption data = new DataOption();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        try (ConfigurableApplicationContext context = Application.start(data.resolve(), false, java.util.Map.of())) {
            long started = System.nanoTime();
            long extracted = context.getBean(Extraction.class).extractPending(done -> {});
            long incidents = context.getBean(Fusion.class).rebuild(done -> {});
            spec.commandLine()
                    .getOut()
                    .printf(
                            Locale.ROOT,
                            "extracted %,d reports; %,d incidents rebuilt in %.1f s%n",
                            extracted,
                            incidents,
                            (System.nanoTime() - started) / 1e9);
        }
        return 0;
    }
}
