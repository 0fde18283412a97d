package org.fusioncentre.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.fusioncentre.assessment.model.AssessmentModel;
import org.fusioncentre.assessment.model.Backtest;
import org.fusioncentre.assessment.model.EventHistory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** {@code fusion backtest}: a rolling-origin backtest on an events file; needs no data folder. */
@Command(
        name = "backtest",
        mixinStandardHelpOptions = true,
        description = {
            "Rolling-origin backtest on an incident history in the CSV export format: origins from --from every",
            "--step-days days while the window [origin, origin + H) ends on or before --to; each model sees only",
            "events dated before the origin. Prints one JSON document: per model and baseline (B0-B3 always) CRPS,",
            "MAE, RMSE, log score, 80%/95% coverage, Brier and AUC for >=1 incident and >=1 fatal incident, overall",
            "and per province, with block-bootstrap 95% intervals and the relative CRPS improvement on the better",
            "of B1 and B2."
        })
final class BacktestCommand implements Callable<Integer> {
    @Option(names = "--events", required = true, paramLabel = "FILE", description = "incident history CSV")
    Path events;

    @Option(names = "--from", required = true, paramLabel = "DATE", description = "first origin")
    LocalDate from;

    @Option(names = "--to", required = true, paramLabel = "DATE", description = "last day a window may reach")
    LocalDate to;

    @Option(names = "--horizon-days", required = true, paramLabel = "H", description = "window length in days")
    int horizonDays;

    @Option(names = "--step-days", paramLabel = "S", description = "days between origins (default: H)")
    Integer stepDays;

    @Option(
            names = "--model",
            paramLabel = "NAME",
            split = ",",
            defaultValue = "M1,M2",
            description = "models beside the baselines (default ${DEFAULT-VALUE})")
    List<String> models;

    @Option(
            names = "--replicates",
            defaultValue = "1000",
            description = "bootstrap replicates (default ${DEFAULT-VALUE})")
    int replicates;

    @Option(names = "--seed", defaultValue = "1", description = "bootstrap seed (default ${DEFAULT-VALUE})")
    long seed;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        CommandLine commandLine = spec.commandLine();
        if (horizonDays < 1 || horizonDays > 366) {
            throw new CommandLine.ParameterException(commandLine, "--horizon-days must be between 1 and 366");
        }
        int step = stepDays == null ? horizonDays : stepDays;
        if (step < 1) {
            throw new CommandLine.ParameterException(commandLine, "--step-days must be at least 1");
        }
        if (replicates < 100) {
            throw new CommandLine.ParameterException(commandLine, "--replicates must be at least 100");
        }
        if (from.plusDays(horizonDays - 1L).isAfter(to)) {
            throw new CommandLine.ParameterException(
                    commandLine, "no origin fits: the first window from " + from + " ends after --to " + to);
        }
        for (String name : models) {
            if (!AssessmentModels.NAMES.contains(name)) {
                AssessmentModels.named(name, Map.of(), commandLine); // names the models on a bad one
            }
        }
        EventHistory history = AssessmentModels.read(events, commandLine);
        Map<String, Set<String>> adjacency = AssessmentModels.adjacency(history);
        List<AssessmentModel> chosen = new ArrayList<>();
        for (String name : models) {
            chosen.add(AssessmentModels.named(name, adjacency, commandLine));
        }
        Backtest.Report report = new Backtest(
                        chosen, adjacency, new Backtest.Settings(from, to, horizonDays, step, replicates, seed))
                .run(history);
        JsonMapper json = JsonMapper.builder().build();
        ObjectNode root = json.createObjectNode();
        root.put("events", events.getFileName().toString());
        root.put("from", from.toString());
        root.put("to", to.toString());
        root.put("horizon_days", horizonDays);
        root.put("step_days", step);
        root.put("origins", report.origins().size());
        root.put("districts", report.districts().size());
        root.put("bootstrap_replicates", replicates);
        root.put("seed", seed);
        root.put("reference", report.reference());
        ObjectNode table = root.putObject("models");
        for (Backtest.ModelReport model : report.models()) {
            ObjectNode node = table.putObject(model.model());
            node.set("overall", metrics(json, model.overall()));
            ObjectNode provinces = node.putObject("by_province");
            for (Map.Entry<String, Backtest.Metrics> province :
                    model.byProvince().entrySet()) {
                provinces.set(province.getKey(), metrics(json, province.getValue()));
            }
        }
        commandLine.getOut().println(json.writerWithDefaultPrettyPrinter().writeValueAsString(root));
        commandLine.getOut().flush();
        return 0;
    }

    private static ObjectNode metrics(JsonMapper json, Backtest.Metrics metrics) {
        ObjectNode node = json.createObjectNode();
        node.put("forecasts", metrics.forecasts());
        node.put("mean_count", ForecastCommand.round(metrics.meanCount()));
        put(node, "crps", Optional.of(metrics.crps()));
        put(node, "relative_crps_improvement", metrics.relativeCrpsImprovement());
        put(node, "mae", Optional.of(metrics.meanAbsoluteError()));
        put(node, "rmse", Optional.of(metrics.rootMeanSquaredError()));
        put(node, "log_score", Optional.of(metrics.logScore()));
        put(node, "coverage_80", Optional.of(metrics.coverage80()));
        put(node, "coverage_95", Optional.of(metrics.coverage95()));
        put(node, "randomised_coverage_80", Optional.of(metrics.randomisedCoverage80()));
        put(node, "brier_any", Optional.of(metrics.brierAny()));
        put(node, "auc_any", metrics.aucAny());
        put(node, "brier_fatal", Optional.of(metrics.brierFatal()));
        put(node, "auc_fatal", metrics.aucFatal());
        return node;
    }

    private static void put(ObjectNode node, String name, Optional<Backtest.Estimate> estimate) {
        if (estimate.isEmpty()) {
            node.putNull(name);
            return;
        }
        ObjectNode value = node.putObject(name);
        value.put("value", ForecastCommand.round(estimate.get().value()));
        value.put("low", ForecastCommand.round(estimate.get().low()));
        value.put("high", ForecastCommand.round(estimate.get().high()));
    }
}
