package org.fusioncentre.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.fusioncentre.access.Audience;
import org.fusioncentre.access.AuditLog;
import org.fusioncentre.reporting.SituationReport;
import org.fusioncentre.reporting.SituationReports;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code fusion sitrep}: a jurisdiction's situation report as HTML or PDF. */
@Command(
        name = "sitrep",
        mixinStandardHelpOptions = true,
        description = {
            "Writes the situation report of a jurisdiction for a day: incidents of the day and the last 7 days,",
            "threat level changes, directives due and overdue, a map and a 30-day trend. The operator's view."
        })
final class SitrepCommand implements Callable<Integer> {
    @Mixin
    DataOption data = new DataOption();

    @Option(
            names = "--jurisdiction",
            required = true,
            paramLabel = "PCODE",
            description = "PK, a province or a district")
    String jurisdiction;

    @Option(names = "--date", paramLabel = "DATE", description = "the report's day (default: today in Pakistan)")
    LocalDate date;

    @Option(names = "--format", defaultValue = "html", description = "html or pdf (default: html)")
    String format;

    @Option(
            names = "--out",
            paramLabel = "FILE",
            description = "where to write it (default: sitrep-PCODE-DATE.html|pdf)")
    Path out;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        String kind = format.strip().toLowerCase(Locale.ROOT);
        if (!kind.equals("html") && !kind.equals("pdf")) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), "--format must be html or pdf, not '" + format + "'");
        }
        LocalDate day = date == null ? LocalDate.now(ZoneId.of("Asia/Karachi")) : date;
        byte[] document = Application.onStore(data.resolve(), spec.commandLine(), context -> {
            SituationReports reports = context.getBean(SituationReports.class);
            SituationReport report = reports.build(
                    jurisdiction,
                    day,
                    Audience.operator(context.getBean(AuditLog.class).currentActor()));
            return kind.equals("pdf")
                    ? reports.pdf(report)
                    : reports.html(report).getBytes(StandardCharsets.UTF_8);
        });
        Path target = out != null
                ? out
                : Path.of("sitrep-" + jurisdiction.strip().toUpperCase(Locale.ROOT) + "-" + day + "." + kind);
        Files.write(target, document);
        spec.commandLine().getOut().println("wrote " + target + " (" + document.length + " bytes)");
        spec.commandLine().getOut().flush();
        return 0;
    }
}
