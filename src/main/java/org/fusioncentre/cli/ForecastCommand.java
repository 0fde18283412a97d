package org.fusioncentre.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.fusioncentre.assessment.model.AssessmentModel;
import org.fusioncentre.assessment.model.CountForecast;
import org.fusioncentre.assessment.model.DistrictForecast;
import org.fusioncentre.assessment.model.EndemicEpidemicModel;
import org.fusioncentre.assessment.model.EventHistory;
import org.fusioncentre.assessment.model.Forecaster;
import org.fusioncentre.assessment.model.HawkesModel;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** {@code fusion forecast}: per-district forecasts from an events file; needs no data folder. */
@Command(
        name = "forecast",
        mixinStandardHelpOptions = true,
        description = {
            "Forecasts incidents per district for the days after --as-of from an incident history in the CSV export",
            "format (columns incident_id,date,district_pcode,province_pcode,event_type,killed_best,injured_best),",
            "using only events dated on or before --as-of. One JSON line per district:",
            "{\"district_pcode\",\"as_of\",\"horizon_days\",\"model\",\"mean\",\"p10\",\"p50\",\"p90\",\"p_any\",\"p_fatal\",\"level\"};",
            "p_fatal is for the horizon, level for the next 30 days (LOW <10%, MODERATE, SUBSTANTIAL, SEVERE, CRITICAL >90%)."
        })
final class ForecastCommand implements Callable<Integer> {
    @Option(names = "--events", required = true, paramLabel = "FILE", description = "incident history CSV")
    Path events;

    @Option(names = "--as-of", required = true, paramLabel = "DATE", description = "last day of history used")
    LocalDate asOf;

    @Option(names = "--horizon-days", required = true, paramLabel = "H", description = "days forecast")
    int horizonDays;

    @Option(
            names = "--model",
            defaultValue = AssessmentModels.DEFAULT,
            paramLabel = "NAME",
            description = "B0, B1, B2, B3, M1 or M2 (default ${DEFAULT-VALUE})")
    String model;

    @Option(names = "--format", defaultValue = "jsonl", description = "jsonl (the only format)")
    String format;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        CommandLine commandLine = spec.commandLine();
        if (!format.equals("jsonl")) {
            throw new CommandLine.ParameterException(commandLine, "unknown format '" + format + "' (only jsonl)");
        }
        if (horizonDays < 1 || horizonDays > 366) {
            throw new CommandLine.ParameterException(commandLine, "--horizon-days must be between 1 and 366");
        }
        if (!AssessmentModels.NAMES.contains(model)) {
            AssessmentModels.named(model, Map.of(), commandLine); // names the models on a bad one
        }
        EventHistory history = AssessmentModels.read(events, commandLine);
        Map<String, Set<String>> adjacency = AssessmentModels.adjacency(history);
        PrintWriter err = commandLine.getErr();
        AssessmentModel chosen =
                describe(AssessmentModels.named(model, adjacency, commandLine), history, adjacency, err);
        Forecaster forecaster = new Forecaster(chosen, adjacency);
        history.last()
                .filter(last -> last.isBefore(asOf.minusDays(horizonDays)))
                .ifPresent(last -> err.println("fusion: the history ends on " + last + ", well before --as-of " + asOf
                        + ": forecasts assume nothing happened since"));
        if (history.before(asOf.plusDays(1)).isEmpty()) {
            err.println("fusion: no events on or before " + asOf + ": every forecast is zero");
        }
        JsonMapper json = JsonMapper.builder().build();
        PrintWriter out = commandLine.getOut();
        for (DistrictForecast forecast : forecaster.forecast(history, asOf, horizonDays)) {
            ObjectNode line = json.createObjectNode();
            line.put("district_pcode", forecast.district());
            line.put("as_of", forecast.asOf().toString());
            line.put("horizon_days", forecast.horizonDays());
            line.put("model", forecast.model());
            line.put("mean", round(forecast.mean()));
            line.put("p10", forecast.p10());
            line.put("p50", forecast.p50());
            line.put("p90", forecast.p90());
            line.put("p_any", round(forecast.probabilityOfAny()));
            line.put("p_fatal", round(forecast.probabilityOfFatal()));
            line.put("level", forecast.level().name());
            forecast.components().ifPresent(components -> {
                line.put("endemic", round(components.endemic()));
                line.put("own_epidemic", round(components.ownEpidemic()));
                line.put("neighbour_epidemic", round(components.neighbourEpidemic()));
                line.put("contagion_share", round(components.contagionShare()));
            });
            out.println(json.writeValueAsString(line));
        }
        out.flush();
        return 0;
    }

    /**
     * Prints the fitted model-wide parameters on stderr (so the JSON lines stay one per district)
     * and returns a model that serves that fit instead of fitting again.
     */
    private AssessmentModel describe(
            AssessmentModel chosen, EventHistory history, Map<String, Set<String>> adjacency, PrintWriter err) {
        LocalDate origin = asOf.plusDays(1);
        EventHistory known = history.before(origin);
        List<String> districts = Forecaster.districts(known, adjacency);
        if (chosen instanceof EndemicEpidemicModel endemicEpidemic) {
            EndemicEpidemicModel.Fit fit = endemicEpidemic.fit(known, origin, horizonDays, districts);
            err.println(fit.fallback()
                    .map(reason -> "fusion: M1 fell back to B3: " + reason)
                    .orElse("fusion: M1 own rate %.3f, neighbour rate %.3f, lag decay %.2f, size %.3f, %d windows"
                            .formatted(fit.ownRate(), fit.neighbourRate(), fit.lagDecay(), fit.size(), fit.windows())));
            return new Prefitted(chosen, origin, horizonDays, districts, fit.forecasts());
        }
        if (chosen instanceof HawkesModel hawkes) {
            HawkesModel.Fit fit = hawkes.fit(known, origin, horizonDays, districts);
            err.println(fit.fallback()
                    .map(reason -> "fusion: M2 fell back to B3: " + reason)
                    .orElse("fusion: M2 branching ratio %.3f (own district %.3f, neighbours %.3f), decay %.1f days"
                            .formatted(
                                    fit.branchingRatio(),
                                    fit.selfExcitation(),
                                    fit.neighbourExcitation(),
                                    fit.decayDays())));
            return new Prefitted(chosen, origin, horizonDays, districts, fit.forecasts());
        }
        return chosen;
    }

    /** A model whose forecast of one window is already made; any other window is delegated. */
    private record Prefitted(
            AssessmentModel model, LocalDate origin, int horizon, List<String> districts, List<CountForecast> forecasts)
            implements AssessmentModel {
        @Override
        public String name() {
            return model.name();
        }

        @Override
        public List<CountForecast> forecast(
                EventHistory history, LocalDate origin, int horizonDays, List<String> districts) {
            if (origin.equals(this.origin) && horizonDays == horizon && districts.equals(this.districts)) {
                return forecasts;
            }
            return model.forecast(history, origin, horizonDays, districts);
        }
    }

    static double round(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }
}
