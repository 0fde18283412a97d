package org.fusioncentre.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.fusioncentre.assessment.Assessment;
import org.fusioncentre.assessment.Assessments;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

/** {@code fusion assess}: assesses every district and province from the stored incidents. */
@Command(
        name = "assess",
        mixinStandardHelpOptions = true,
        description = {
            "Assesses every district and province as of a day from the incidents in the store (those dated on or",
            "before it), stores the assessments and prints them: the statistical threat level, P(at least one fatal",
            "incident in the next 30 days), the expected incidents with an 80% interval, the share of the expectation",
            "that recent incidents drive (contagion), and the incidents of the last 30 days. Provinces first, then",
            "districts with any risk (--all for every district)."
        })
final class AssessCommand implements Callable<Integer> {
    @Mixin
    DataOption data = new DataOption();

    @Option(names = "--as-of", paramLabel = "DATE", description = "day to assess (default: today, Pakistan time)")
    LocalDate asOf;

    @Option(names = "--format", defaultValue = "text", description = "text or jsonl (default: ${DEFAULT-VALUE})")
    String format;

    @Option(names = "--all", description = "print every district, also those at LOW with no recent incident")
    boolean all;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        CommandLine commandLine = spec.commandLine();
        String kind = format.toLowerCase(Locale.ROOT);
        if (!kind.equals("text") && !kind.equals("jsonl")) {
            throw new CommandLine.ParameterException(
                    commandLine, "--format must be text or jsonl, not '" + format + "'");
        }
        LocalDate day = asOf == null ? LocalDate.now(ZoneId.of("Asia/Karachi")) : asOf;
        List<Assessment> assessments = Application.onStore(
                data.resolve(),
                commandLine,
                context -> context.getBean(Assessments.class).assess(day));
        PrintWriter out = commandLine.getOut();
        List<Assessment> shown = assessments.stream()
                .filter(a -> all
                        || a.unitLevel() == Assessment.UnitLevel.PROVINCE
                        || a.level() != org.fusioncentre.assessment.model.ThreatLevel.LOW
                        || !a.recentIncidents().isEmpty())
                .sorted(java.util.Comparator.comparing((Assessment a) -> a.unitLevel() != Assessment.UnitLevel.PROVINCE)
                        .thenComparing(Assessment::unitPcode))
                .toList();
        if (kind.equals("jsonl")) {
            JsonMapper json = JsonMapper.builder()
                    .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                    .build();
            shown.forEach(assessment -> out.println(json.writeValueAsString(assessment)));
        } else {
            out.printf(Locale.ROOT, "statistical threat assessment as of %s (next 30 days)%n", day);
            out.printf(
                    Locale.ROOT,
                    "%-8s %-11s %8s %8s %10s %10s %7s%n",
                    "unit",
                    "level",
                    "P(fatal)",
                    "expected",
                    "80% range",
                    "contagion",
                    "last 30d");
            for (Assessment a : shown) {
                out.printf(
                        Locale.ROOT,
                        "%-8s %-11s %8.2f %8.1f %10s %10s %7d%s%n",
                        a.unitPcode(),
                        a.level(),
                        a.probabilityOfFatal(),
                        a.expectedIncidents(),
                        a.low() + "-" + a.high(),
                        a.drivers() == null
                                ? "-"
                                : String.format(
                                        Locale.ROOT, "%.0f%%", 100 * a.drivers().contagionShare()),
                        a.recentIncidents().size(),
                        a.override() == null
                                ? ""
                                : "  override: " + a.override().reason());
            }
            if (!assessments.isEmpty()) {
                out.println("method: " + assessments.getFirst().method());
                out.println("data: " + assessments.getFirst().dataVersion());
            }
        }
        out.flush();
        return 0;
    }
}
