package org.fusioncentre.assessment.model;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.function.ToDoubleFunction;

/**
 * A rolling-origin backtest (DESIGN §6). Origins run from {@code from} every {@code stepDays}
 * days for as long as the whole window {@code [origin, origin + horizonDays)} ends on or before
 * {@code to}. At each origin every model sees only the events dated strictly before it, and
 * forecasts every district of the whole history and of the adjacency map — the list of districts,
 * not their counts, is the only thing known from after the origin, as a gazetteer would be.
 *
 * <p>Intervals are 95% percentile intervals of a block bootstrap that resamples origins (all
 * districts of an origin together, so the districts' shared shocks stay together) with a fixed
 * seed. The relative CRPS improvement of a model is 1 − CRPS(model) / CRPS(reference), where the
 * reference is the better of B1 and B2 over all origins.
 */
public final class Backtest {
    private final List<AssessmentModel> models;
    private final Map<String, Set<String>> adjacency;
    private final Settings settings;

    /**
     * What a backtest runs.
     *
     * @param from the first origin
     * @param to the last day a forecast window may reach
     * @param horizonDays the window length
     * @param stepDays days between origins
     * @param replicates bootstrap replicates
     * @param seed the bootstrap's random seed
     */
    public record Settings(LocalDate from, LocalDate to, int horizonDays, int stepDays, int replicates, long seed) {
        public Settings {
            requireNonNull(from, "from is null");
            requireNonNull(to, "to is null");
            if (horizonDays < 1 || stepDays < 1) {
                throw new IllegalArgumentException("horizon and step must be at least one day");
            }
            if (replicates < 100) {
                throw new IllegalArgumentException("at least 100 bootstrap replicates: " + replicates);
            }
            if (from.plusDays(horizonDays - 1L).isAfter(to)) {
                throw new IllegalArgumentException(
                        "no origin fits: the first window " + from + " + " + horizonDays + " days ends after " + to);
            }
        }

        /** The origins. */
        public List<LocalDate> origins() {
            List<LocalDate> origins = new ArrayList<>();
            for (LocalDate origin = from;
                    !origin.plusDays(horizonDays - 1L).isAfter(to);
                    origin = origin.plusDays(stepDays)) {
                origins.add(origin);
            }
            return origins;
        }
    }

    /** A point estimate with its bootstrap 95% interval. */
    public record Estimate(double value, double low, double high) {
        public Estimate {
            if (!Double.isFinite(value) || !Double.isFinite(low) || !Double.isFinite(high) || low > high) {
                throw new IllegalArgumentException("bad estimate " + value + " [" + low + ", " + high + "]");
            }
        }
    }

    /**
     * The scores of one model over a set of forecasts. AUCs are empty when every outcome was the
     * same; the relative improvement is empty when the reference's CRPS is zero.
     *
     * @param forecasts district-windows scored
     * @param meanCount the mean observed count
     * @param crps mean CRPS (primary)
     * @param meanAbsoluteError mean |median − y|
     * @param rootMeanSquaredError √ mean (mean − y)²
     * @param logScore mean −log p(y), floored ({@link Scores#LOG_SCORE_FLOOR})
     * @param coverage80 share of outcomes inside the central 80% interval
     * @param coverage95 share inside the central 95% interval
     * @param randomisedCoverage80 mean randomised-PIT coverage of the 80% interval ({@link
     *     Scores#randomisedCoverage}), 80% for a calibrated forecast
     * @param brierAny Brier score of P(≥1 incident)
     * @param aucAny AUC of P(≥1 incident)
     * @param brierFatal Brier score of P(≥1 fatal incident)
     * @param aucFatal AUC of P(≥1 fatal incident)
     * @param relativeCrpsImprovement 1 − CRPS / reference CRPS
     */
    public record Metrics(
            int forecasts,
            double meanCount,
            Estimate crps,
            Estimate meanAbsoluteError,
            Estimate rootMeanSquaredError,
            Estimate logScore,
            Estimate coverage80,
            Estimate coverage95,
            Estimate randomisedCoverage80,
            Estimate brierAny,
            Optional<Estimate> aucAny,
            Estimate brierFatal,
            Optional<Estimate> aucFatal,
            Optional<Estimate> relativeCrpsImprovement) {}

    /** One model's scores, overall and per province. */
    public record ModelReport(String model, Metrics overall, Map<String, Metrics> byProvince) {}

    /**
     * The whole backtest.
     *
     * @param settings what was run
     * @param origins the origins
     * @param districts the districts forecast at each origin
     * @param reference the baseline the relative improvements are measured against
     * @param models one report per model and baseline, in the order given
     */
    public record Report(
            Settings settings,
            List<LocalDate> origins,
            List<String> districts,
            String reference,
            List<ModelReport> models) {}

    /** A backtest of these models beside the baselines B0–B3, which are always run. */
    public Backtest(List<AssessmentModel> models, Map<String, Set<String>> adjacency, Settings settings) {
        List<AssessmentModel> all = new ArrayList<>(List.of(Baseline.values()));
        for (AssessmentModel model : models) {
            if (all.stream().noneMatch(present -> present.name().equals(model.name()))) {
                all.add(model);
            }
        }
        this.models = List.copyOf(all);
        this.adjacency = Map.copyOf(requireNonNull(adjacency, "adjacency is null"));
        this.settings = requireNonNull(settings, "settings is null");
    }

    /** One scored forecast. */
    private record Scored(
            int origin,
            String province,
            int outcome,
            double crps,
            double absoluteError,
            double squaredError,
            double logScore,
            boolean in80,
            boolean in95,
            double randomisedIn80,
            double probabilityOfAny,
            double probabilityOfFatal,
            boolean fatal) {}

    /** Runs the backtest on a history. */
    public Report run(EventHistory history) {
        List<LocalDate> origins = settings.origins();
        List<String> districts = Forecaster.districts(history, adjacency);
        int horizon = settings.horizonDays();
        Map<String, List<Scored>> scored = new LinkedHashMap<>();
        models.forEach(model -> scored.put(model.name(), new ArrayList<>()));
        for (int originIndex = 0; originIndex < origins.size(); originIndex++) {
            LocalDate origin = origins.get(originIndex);
            EventHistory known = history.before(origin);
            Lethality lethality = Lethality.before(known, origin);
            int[] outcomes = new int[districts.size()];
            boolean[] fatal = new boolean[districts.size()];
            Map<String, Integer> row = new LinkedHashMap<>();
            for (int i = 0; i < districts.size(); i++) {
                row.put(districts.get(i), i);
            }
            for (Event event : history.events()) {
                long day = ChronoUnit.DAYS.between(origin, event.date());
                Integer i = row.get(event.district());
                if (i != null && day >= 0 && day < horizon) {
                    outcomes[i]++;
                    fatal[i] |= event.fatal();
                }
            }
            for (AssessmentModel model : models) {
                List<CountForecast> forecasts = model.forecast(known, origin, horizon, districts);
                for (int i = 0; i < districts.size(); i++) {
                    CountDistribution distribution = forecasts.get(i).distribution();
                    int y = outcomes[i];
                    double median = distribution.quantile(0.5);
                    double mean = distribution.mean();
                    scored.get(model.name())
                            .add(new Scored(
                                    originIndex,
                                    PCodes.provinceOf(districts.get(i)),
                                    y,
                                    Scores.crps(distribution, y),
                                    Math.abs(median - y),
                                    (mean - y) * (mean - y),
                                    Scores.logScore(distribution, y),
                                    Scores.covered(distribution, y, 0.80),
                                    Scores.covered(distribution, y, 0.95),
                                    Scores.randomisedCoverage(distribution, y, 0.80),
                                    distribution.probabilityOfAny(),
                                    distribution.probabilityOfAnyMarked(lethality.of(districts.get(i))),
                                    fatal[i]));
                }
            }
        }
        double[][] weights = bootstrapWeights(origins.size());
        String reference = mean(scored.get(Baseline.B1.name()), all(origins.size()), Scored::crps)
                        <= mean(scored.get(Baseline.B2.name()), all(origins.size()), Scored::crps)
                ? Baseline.B1.name()
                : Baseline.B2.name();
        Set<String> provinces = new TreeSet<>();
        districts.forEach(district -> provinces.add(PCodes.provinceOf(district)));
        List<ModelReport> reports = new ArrayList<>();
        for (AssessmentModel model : models) {
            List<Scored> own = scored.get(model.name());
            List<Scored> base = scored.get(reference);
            Metrics overall = metrics(own, base, weights, origins.size());
            Map<String, Metrics> byProvince = new LinkedHashMap<>();
            for (String province : provinces) {
                byProvince.put(
                        province,
                        metrics(
                                own.stream()
                                        .filter(s -> s.province().equals(province))
                                        .toList(),
                                base.stream()
                                        .filter(s -> s.province().equals(province))
                                        .toList(),
                                weights,
                                origins.size()));
            }
            reports.add(new ModelReport(model.name(), overall, byProvince));
        }
        return new Report(settings, origins, districts, reference, reports);
    }

    private double[][] bootstrapWeights(int origins) {
        SplittableRandom random = new SplittableRandom(settings.seed());
        double[][] weights = new double[settings.replicates()][origins];
        for (double[] replicate : weights) {
            for (int i = 0; i < origins; i++) {
                replicate[random.nextInt(origins)]++;
            }
        }
        return weights;
    }

    private static double[] all(int origins) {
        double[] weights = new double[origins];
        Arrays.fill(weights, 1);
        return weights;
    }

    private static Metrics metrics(List<Scored> scored, List<Scored> reference, double[][] replicates, int origins) {
        double[] full = all(origins);
        double meanCount = scored.isEmpty() ? 0 : mean(scored, full, s -> s.outcome());
        int[] anyOrder = order(scored, Scored::probabilityOfAny);
        int[] fatalOrder = order(scored, Scored::probabilityOfFatal);
        return new Metrics(
                scored.size(),
                meanCount,
                estimate(replicates, full, weights -> mean(scored, weights, Scored::crps)),
                estimate(replicates, full, weights -> mean(scored, weights, Scored::absoluteError)),
                estimate(replicates, full, weights -> Math.sqrt(mean(scored, weights, Scored::squaredError))),
                estimate(replicates, full, weights -> mean(scored, weights, Scored::logScore)),
                estimate(replicates, full, weights -> mean(scored, weights, s -> s.in80() ? 1 : 0)),
                estimate(replicates, full, weights -> mean(scored, weights, s -> s.in95() ? 1 : 0)),
                estimate(replicates, full, weights -> mean(scored, weights, Scored::randomisedIn80)),
                estimate(
                        replicates,
                        full,
                        weights -> mean(scored, weights, s -> Scores.brier(s.probabilityOfAny(), s.outcome() > 0))),
                optionalEstimate(replicates, full, weights -> auc(scored, weights, anyOrder, false)),
                estimate(
                        replicates,
                        full,
                        weights -> mean(scored, weights, s -> Scores.brier(s.probabilityOfFatal(), s.fatal()))),
                optionalEstimate(replicates, full, weights -> auc(scored, weights, fatalOrder, true)),
                optionalEstimate(replicates, full, weights -> {
                    double base = mean(reference, weights, Scored::crps);
                    return base > 0
                            ? OptionalDouble.of(1 - mean(scored, weights, Scored::crps) / base)
                            : OptionalDouble.empty();
                }));
    }

    /** The weighted mean over forecasts, each weighted by its origin's weight; zero when empty. */
    private static double mean(List<Scored> scored, double[] weights, ToDoubleFunction<Scored> value) {
        double sum = 0;
        double total = 0;
        for (Scored s : scored) {
            double weight = weights[s.origin()];
            sum += weight * value.applyAsDouble(s);
            total += weight;
        }
        return total == 0 ? 0 : sum / total;
    }

    private static int[] order(List<Scored> scored, ToDoubleFunction<Scored> probability) {
        Integer[] order = new Integer[scored.size()];
        Arrays.setAll(order, i -> i);
        Arrays.sort(
                order,
                (left, right) -> Double.compare(
                        probability.applyAsDouble(scored.get(left)), probability.applyAsDouble(scored.get(right))));
        return Arrays.stream(order).mapToInt(Integer::intValue).toArray();
    }

    private static OptionalDouble auc(List<Scored> scored, double[] originWeights, int[] order, boolean fatalEvent) {
        double[] probabilities = new double[scored.size()];
        boolean[] happened = new boolean[scored.size()];
        double[] weights = new double[scored.size()];
        for (int i = 0; i < scored.size(); i++) {
            Scored s = scored.get(i);
            probabilities[i] = fatalEvent ? s.probabilityOfFatal() : s.probabilityOfAny();
            happened[i] = fatalEvent ? s.fatal() : s.outcome() > 0;
            weights[i] = originWeights[s.origin()];
        }
        return Scores.aucSorted(probabilities, happened, weights, order);
    }

    private interface Statistic {
        double of(double[] weights);
    }

    private interface OptionalStatistic {
        OptionalDouble of(double[] weights);
    }

    private static Estimate estimate(double[][] replicates, double[] full, Statistic statistic) {
        return optionalEstimate(replicates, full, weights -> OptionalDouble.of(statistic.of(weights)))
                .orElseThrow();
    }

    private static Optional<Estimate> optionalEstimate(
            double[][] replicates, double[] full, OptionalStatistic statistic) {
        OptionalDouble value = statistic.of(full);
        if (value.isEmpty() || !Double.isFinite(value.getAsDouble())) {
            return Optional.empty();
        }
        double[] values = Arrays.stream(replicates)
                .map(statistic::of)
                .filter(OptionalDouble::isPresent)
                .mapToDouble(OptionalDouble::getAsDouble)
                .filter(Double::isFinite)
                .sorted()
                .toArray();
        if (values.length == 0) {
            return Optional.of(new Estimate(value.getAsDouble(), value.getAsDouble(), value.getAsDouble()));
        }
        double low = values[(int) Math.floor(0.025 * (values.length - 1))];
        double high = values[(int) Math.ceil(0.975 * (values.length - 1))];
        return Optional.of(new Estimate(value.getAsDouble(), Math.min(low, high), Math.max(low, high)));
    }
}
