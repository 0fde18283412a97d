package org.fusioncentre.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.fusioncentre.access.Marking;
import org.fusioncentre.extraction.Extraction;
import org.fusioncentre.fusion.Fusion;
import org.fusioncentre.intake.ImportOptions;
import org.fusioncentre.intake.IngestOutcome;
import org.fusioncentre.intake.IngestSummary;
import org.fusioncentre.intake.Intake;
import org.fusioncentre.intake.ReportFormat;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code fusion ingest PATH...}: imports files and folders into the store. */
@Command(
        name = "ingest",
        mixinStandardHelpOptions = true,
        description = {
            "Imports report files and folders: JSON, JSONL, CSV, plain text, HTML, RSS/Atom.",
            "Prints accepted, duplicate and rejected counts, each rejection with its file, line and reason.",
            "Exit code 0 when nothing was rejected, 1 when some records were (the valid ones are kept)."
        })
final class IngestCommand implements Callable<Integer> {
    private static final int REJECTIONS_SHOWN = 50;

    @Mixin
    DataOption data = new DataOption();

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "files or folders to import")
    List<Path> paths;

    @Option(
            names = "--source",
            paramLabel = "NAME",
            description = "source of records that name none (text and HTML files, CSV without a source column)")
    String source;

    @Option(
            names = "--marking",
            paramLabel = "TLP",
            description = "marking of records that carry none (default: the source's)")
    String marking;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            description = "read every file as json, jsonl, csv, text, html or feed (default: by extension)")
    String format;

    @Option(
            names = "--column",
            paramLabel = "FIELD=COLUMN",
            description = "CSV column mapping, e.g. body=text, published_at=date, incident.killed=fatalities")
    Map<String, String> columns = new LinkedHashMap<>();

    @Option(
            names = "--progress",
            paramLabel = "MODE",
            defaultValue = "auto",
            description = "auto, bar, lines or none (auto: a bar on a terminal)")
    String progress;

    @Option(
            names = {"--no-wait", "--no-extract"},
            description =
                    "store the reports and return: a running service (or the next one started) extracts and fuses them")
    boolean noWait;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        ImportOptions options = options();
        ProgressPrinter.Mode mode = ProgressPrinter.Mode.parse(progress);
        // reports are extracted in batches after the import rather than one by one as they arrive
        Map<String, Object> settings =
                Map.of("fusion.pipeline.live", "false", "fusion.pipeline.catch-up-on-start", "false");
        try (ConfigurableApplicationContext context = Application.start(data.resolve(), false, settings)) {
            Intake intake = context.getBean(Intake.class);
            IngestSummary summary = new IngestSummary(REJECTIONS_SHOWN);
            PrintWriter err = spec.commandLine().getErr();
            ProgressPrinter printer = new ProgressPrinter(mode, err);
            long started = System.nanoTime();
            intake.importPaths(paths, options, summary, printer);
            double seconds = (System.nanoTime() - started) / 1e9;
            printer.finish();
            print(summary, spec.commandLine().getOut(), err);
            spec.commandLine()
                    .getOut()
                    .printf(
                            java.util.Locale.ROOT,
                            "read %,d records in %.1f s (%,.0f records/s)%n",
                            summary.total(),
                            seconds,
                            summary.total() / Math.max(seconds, 1e-9));
            if (!noWait) {
                extract(context.getBean(Extraction.class), printer, err);
                fuse(context.getBean(Fusion.class), printer);
            }
            return summary.rejected() == 0 ? 0 : 1;
        }
    }

    /** Fuses the blocks the new observations fall in, so an export right after the import is complete. */
    private void fuse(Fusion fusion, ProgressPrinter printer) {
        long started = System.nanoTime();
        long blocks = fusion.fusePending(done -> {});
        printer.finish();
        spec.commandLine()
                .getOut()
                .printf(
                        java.util.Locale.ROOT,
                        "fused %,d blocks in %.1f s; the store holds %,d incidents%n",
                        blocks,
                        (System.nanoTime() - started) / 1e9,
                        fusion.incidentCount());
    }

    /** Extracts every report not yet extracted: those just imported, and any an earlier run left. */
    private void extract(Extraction extraction, ProgressPrinter printer, PrintWriter err) {
        long started = System.nanoTime();
        long extracted = extraction.extractPending(done -> printer.extracted(done));
        printer.finish();
        double seconds = (System.nanoTime() - started) / 1e9;
        spec.commandLine()
                .getOut()
                .printf(
                        java.util.Locale.ROOT,
                        "extracted %,d reports (extractor %s) in %.1f s%n",
                        extracted,
                        extraction.version(),
                        seconds);
        err.flush();
    }

    private ImportOptions options() {
        try {
            return new ImportOptions(
                    format == null ? null : ReportFormat.parse(format),
                    source,
                    marking == null ? null : Marking.parse(marking),
                    columns);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage(), e);
        }
    }

    static void print(IngestSummary summary, PrintWriter out, PrintWriter err) {
        out.printf(
                "accepted %,d, duplicate %,d, rejected %,d%n",
                summary.accepted(), summary.duplicates(), summary.rejected());
        for (IngestOutcome rejection : summary.rejections()) {
            err.println("rejected " + rejection.origin() + ": " + rejection.reason());
        }
        if (summary.rejected() > summary.rejections().size()) {
            err.printf(
                    "... and %,d more rejections%n",
                    summary.rejected() - summary.rejections().size());
        }
        out.flush();
        err.flush();
    }
}
