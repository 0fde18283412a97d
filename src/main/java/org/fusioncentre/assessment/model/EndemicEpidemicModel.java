package org.fusioncentre.assessment.model;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.math3.exception.MathIllegalStateException;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.MaxIter;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.SimpleValueChecker;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunctionGradient;
import org.apache.commons.math3.optim.nonlinear.scalar.gradient.NonLinearConjugateGradientOptimizer;

/**
 * M1, the endemic–epidemic negative-binomial model of Held, Höhle and Hofmann (2005), as in R's
 * {@code surveillance::hhh4}: the count of district i in window t is negative binomial with mean
 *
 * <pre>
 *   μ_it = exp(α + b_i) + λ·Y_i,t + φ·Σ_j w_ij·Y_j,t,   Y_i,t = Σ_l u_l·y_i,t−l / Σ_l u_l
 * </pre>
 *
 * — an endemic level with a district effect b_i, the district's own recent windows carried forward
 * (λ), and spill-over from its neighbours (φ, with w_ij = 1 / number of neighbours) — and size r
 * (variance μ + μ²/r). Windows are as long as the horizon, so a forecast is one step ahead. The
 * recent windows are weighted geometrically, u_l = (1 − κ)^(l−1) over up to a year of windows,
 * as in the distributed lags of Bracher and Held (2020); κ = 1 is hhh4's classic last window.
 *
 * <p>Fitted by penalised maximum likelihood: the district effects carry a normal penalty of scale
 * {@link Settings#districtEffectScale()} so districts with few incidents are shrunk towards the
 * common level instead of running off to minus infinity; λ, φ and r are fitted on the log scale
 * (they stay positive) inside soft bounds that stop a divergent search. When the history is too
 * short to fit, or the optimiser fails, the forecast falls back to B3 (the long-run rate) and says
 * so in {@link Fit#fallback()}.
 */
public final class EndemicEpidemicModel implements AssessmentModel {
    /** Decays of the geometric lag weights M1 chooses from; 1 is the last window alone. */
    static final double[] LAG_DECAYS = {1.0, 0.5, 0.25, 0.1};

    // lags reach back a year of windows at most, and never more than 52 windows
    private static final int MOST_LAGS = 52;

    private final Map<String, Set<String>> adjacency;
    private final Settings settings;

    /**
     * How M1 is fitted.
     *
     * @param trainingDays how far back the fit looks; older regimes of violence are left out
     * @param minimumWindows the fewest windows it fits on, whatever {@code trainingDays} says
     * @param districtEffectScale the standard deviation of the penalty on district effects
     * @param minimumEvents below this many events in the training windows the model falls back to B3
     */
    public record Settings(int trainingDays, int minimumWindows, double districtEffectScale, int minimumEvents) {
        public Settings {
            if (trainingDays < 1 || minimumWindows < 3 || !(districtEffectScale > 0) || minimumEvents < 1) {
                throw new IllegalArgumentException("bad M1 settings: " + trainingDays + ", " + minimumWindows + ", "
                        + districtEffectScale + ", " + minimumEvents);
            }
        }

        /** Five years of training, at least 24 windows, district effects of scale 1, 10 events. */
        public static Settings standard() {
            return new Settings(5 * 365 + 1, 24, 1.0, 10);
        }
    }

    /**
     * A fitted M1.
     *
     * @param intercept α, the log endemic level common to all districts
     * @param districtEffects b_i per district
     * @param ownRate λ, the share of a district's last window carried into the next
     * @param neighbourRate φ, the share of the neighbours' mean last window spilling over (zero
     *     without adjacency)
     * @param size r, the negative binomial size
     * @param lagDecay the decay of the geometric weights on past windows in the epidemic parts (1:
     *     the last window alone), chosen by the training likelihood
     * @param windows training windows
     * @param fallback why the model fell back to B3, if it did
     * @param forecasts one forecast per requested district
     */
    public record Fit(
            double intercept,
            Map<String, Double> districtEffects,
            double ownRate,
            double neighbourRate,
            double size,
            double lagDecay,
            int windows,
            Optional<String> fallback,
            List<CountForecast> forecasts) {
        public Fit {
            districtEffects = Map.copyOf(districtEffects);
            requireNonNull(fallback, "fallback is null");
            forecasts = List.copyOf(forecasts);
        }
    }

    /** M1 with the standard settings and this adjacency (district P-code → neighbouring P-codes). */
    public EndemicEpidemicModel(Map<String, Set<String>> adjacency) {
        this(adjacency, Settings.standard());
    }

    public EndemicEpidemicModel(Map<String, Set<String>> adjacency, Settings settings) {
        this.adjacency = Map.copyOf(requireNonNull(adjacency, "adjacency is null"));
        this.settings = requireNonNull(settings, "settings is null");
    }

    @Override
    public String name() {
        return "M1";
    }

    @Override
    public List<CountForecast> forecast(
            EventHistory history, LocalDate origin, int horizonDays, List<String> districts) {
        return fit(history, origin, horizonDays, districts).forecasts();
    }

    /** Fits on the windows before the origin and forecasts the window that starts at it. */
    public Fit fit(EventHistory history, LocalDate origin, int horizonDays, List<String> districts) {
        int maximumWindows = Math.max(settings.minimumWindows(), settings.trainingDays() / horizonDays);
        int windows = WindowedCounts.windowsSinceFirstEvent(history, origin, horizonDays, maximumWindows);
        WindowedCounts counts = WindowedCounts.of(history, districts, origin, horizonDays, windows);
        long events = 0;
        for (int row = 0; row < districts.size(); row++) {
            for (int count : counts.series(row)) {
                events += count;
            }
        }
        if (districts.isEmpty()) {
            return new Fit(0, Map.of(), 0, 0, 1, 1, windows, Optional.of("no districts"), List.of());
        }
        if (windows < 3 || events < settings.minimumEvents()) {
            return fallback(counts, "too little history: " + events + " events in " + windows + " windows");
        }
        int[][] neighbours = neighbours(districts);
        int lags = Math.max(1, Math.min(MOST_LAGS, (int) Math.ceil(365.0 / horizonDays)));
        Optional<Fit> best = Optional.empty();
        double bestValue = Double.POSITIVE_INFINITY;
        Optional<double[]> previous = Optional.empty();
        // The memory of the epidemic part is chosen like any other parameter, by the likelihood
        // of the training windows: a profile over a few geometric lag decays.
        for (double decay : LAG_DECAYS) {
            Likelihood likelihood =
                    new Likelihood(counts, neighbours, settings.districtEffectScale(), lagWeights(decay, lags));
            // each decay starts from the last one's optimum, which is close
            Optional<Maximum> maximum = likelihood.maximise(previous);
            previous = maximum.map(Maximum::point);
            if (maximum.isPresent() && maximum.get().value() < bestValue) {
                bestValue = maximum.get().value();
                best = Optional.of(likelihood.fit(maximum.get().point(), windows, decay));
            }
        }
        return best.orElseGet(() -> fallback(counts, "the likelihood could not be maximised"));
    }

    /** Geometric weights (1 − decay)^(lag − 1) of lags 1..lags; decay 1 keeps only the last window. */
    static double[] lagWeights(double decay, int lags) {
        double[] weights = new double[lags];
        for (int lag = 1; lag <= lags; lag++) {
            weights[lag - 1] = Math.pow(1 - decay, lag - 1);
        }
        return weights;
    }

    private record Maximum(double[] point, double value) {}

    private Fit fallback(WindowedCounts counts, String reason) {
        List<CountForecast> forecasts = new ArrayList<>();
        for (int row = 0; row < counts.districts().size(); row++) {
            CountDistribution longRun = Baseline.longRun(counts.series(row));
            forecasts.add(new CountForecast(
                    counts.districts().get(row),
                    longRun,
                    Optional.of(new CountForecast.Components(longRun.mean(), 0, 0))));
        }
        return new Fit(0, Map.of(), 0, 0, 1, 1, counts.windows(), Optional.of(reason), forecasts);
    }

    /** Rows of each district's neighbours among the districts forecast, adjacency made symmetric. */
    private int[][] neighbours(List<String> districts) {
        Map<String, Integer> row = new HashMap<>();
        for (int i = 0; i < districts.size(); i++) {
            row.put(districts.get(i), i);
        }
        List<Set<Integer>> neighbours = new ArrayList<>();
        districts.forEach(district -> neighbours.add(new TreeSet<>()));
        adjacency.forEach((district, touching) -> {
            Integer from = row.get(district);
            for (String other : touching) {
                Integer to = row.get(other);
                if (from != null && to != null && !from.equals(to)) {
                    neighbours.get(from).add(to);
                    neighbours.get(to).add(from);
                }
            }
        });
        int[][] result = new int[districts.size()][];
        for (int i = 0; i < result.length; i++) {
            result[i] = neighbours.get(i).stream().mapToInt(Integer::intValue).toArray();
        }
        return result;
    }

    /** The penalised negative log-likelihood of M1 and its gradient, on one set of windows. */
    private static final class Likelihood {
        // soft bounds on the parameters (log scale for the rates and the size): outside them a
        // steep quadratic wall pulls the search back, so it can never overflow or diverge
        private static final double LOWEST_LEVEL = -20;
        private static final double HIGHEST_LEVEL = 12;
        private static final double LOWEST_LOG_RATE = -12;
        private static final double HIGHEST_LOG_RATE = 1.5;
        private static final double LOWEST_LOG_SIZE = -5;
        private static final double HIGHEST_LOG_SIZE = 12;
        private static final double WALL = 100;

        private final WindowedCounts counts;
        private final double effectVariance;
        private final int districts;
        private final boolean spillOver;
        private final double[][] ownLagged;
        private final double[][] neighbourLagged;

        Likelihood(WindowedCounts counts, int[][] neighbours, double effectScale, double[] lagWeights) {
            this.counts = counts;
            this.effectVariance = effectScale * effectScale;
            this.districts = counts.districts().size();
            boolean any = false;
            for (int[] touching : neighbours) {
                any |= touching.length > 0;
            }
            this.spillOver = any;
            int windows = counts.windows();
            // covariates of window t (0..windows, the last being the window forecast): the lagged
            // counts of windows t-1, t-2, ... weighted by lagWeights, renormalised over the lags
            // the history has
            this.ownLagged = new double[districts][windows + 1];
            this.neighbourLagged = new double[districts][windows + 1];
            for (int i = 0; i < districts; i++) {
                for (int t = 1; t <= windows; t++) {
                    double own = 0;
                    double spill = 0;
                    double weight = 0;
                    for (int lag = 1; lag <= lagWeights.length && lag <= t; lag++) {
                        double u = lagWeights[lag - 1];
                        weight += u;
                        own += u * counts.count(i, t - lag);
                        if (neighbours[i].length > 0) {
                            double sum = 0;
                            for (int j : neighbours[i]) {
                                sum += counts.count(j, t - lag);
                            }
                            spill += u * sum / neighbours[i].length;
                        }
                    }
                    ownLagged[i][t] = own / weight;
                    neighbourLagged[i][t] = spill / weight;
                }
            }
        }

        private int ownIndex() {
            return districts + 1;
        }

        private int sizeIndex() {
            return districts + 2;
        }

        private int neighbourIndex() {
            return districts + 3;
        }

        private int dimension() {
            return spillOver ? districts + 4 : districts + 3;
        }

        /**
         * A starting point near the optimum of most histories: half of each district's mean count
         * endemic, the rest carried by its recent windows. Starting the district effects at their
         * districts' levels, not at zero, saves most of the optimiser's work when there are many
         * districts.
         */
        private double[] guess() {
            double overall = 0;
            double[] means = new double[districts];
            for (int i = 0; i < districts; i++) {
                for (int t = 0; t < counts.windows(); t++) {
                    means[i] += counts.count(i, t);
                }
                overall += means[i];
                means[i] /= counts.windows();
            }
            overall /= (double) districts * counts.windows();
            double[] start = new double[dimension()];
            start[0] = Math.log(Math.max(0.5 * overall, 1e-3));
            for (int i = 0; i < districts; i++) {
                start[1 + i] = Math.max(-3, Math.min(3, Math.log((means[i] + 0.05) / (overall + 0.05))));
            }
            start[ownIndex()] = Math.log(0.3);
            start[sizeIndex()] = 0;
            if (spillOver) {
                start[neighbourIndex()] = Math.log(0.1);
            }
            return start;
        }

        /** Maximises the penalised likelihood from a given point, or from a guess when there is none. */
        Optional<Maximum> maximise(Optional<double[]> from) {
            double[] start = from.filter(point -> point.length == dimension())
                    .map(double[]::clone)
                    .orElseGet(this::guess);
            double[] best = start.clone();
            double[] bestValue = {value(start, null)};
            ObjectiveFunction objective = new ObjectiveFunction(point -> {
                double value = value(point, null);
                if (value < bestValue[0]) {
                    bestValue[0] = value;
                    System.arraycopy(point, 0, best, 0, best.length);
                }
                return value;
            });
            ObjectiveFunctionGradient gradient = new ObjectiveFunctionGradient(point -> {
                double[] result = new double[point.length];
                value(point, result);
                return result;
            });
            NonLinearConjugateGradientOptimizer optimizer = new NonLinearConjugateGradientOptimizer(
                    NonLinearConjugateGradientOptimizer.Formula.POLAK_RIBIERE, new SimpleValueChecker(1e-9, 1e-9));
            double[] candidate = start;
            // one restart from the best point: conjugate directions degrade over many iterations
            for (int round = 0; round < 2; round++) {
                try {
                    PointValuePair result = optimizer.optimize(
                            new MaxEval(20_000),
                            new MaxIter(5_000),
                            objective,
                            gradient,
                            GoalType.MINIMIZE,
                            new InitialGuess(candidate));
                    candidate = result.getPoint();
                } catch (MathIllegalStateException | IllegalArgumentException e) {
                    // a failed line search or too many evaluations: carry on from the best point
                    // seen, which the objective recorded
                    candidate = best.clone();
                }
            }
            double[] estimate = best.clone();
            for (double parameter : estimate) {
                if (!Double.isFinite(parameter)) {
                    return Optional.empty();
                }
            }
            return Double.isFinite(bestValue[0]) ? Optional.of(new Maximum(estimate, bestValue[0])) : Optional.empty();
        }

        /** The objective at a point; fills {@code gradient} when it is not null. */
        double value(double[] point, double[] gradient) {
            if (gradient != null) {
                java.util.Arrays.fill(gradient, 0);
            }
            double total = 0;
            double intercept = point[0];
            double logOwn = point[ownIndex()];
            double logSize = point[sizeIndex()];
            double logNeighbour = spillOver ? point[neighbourIndex()] : Double.NEGATIVE_INFINITY;
            double own = Math.exp(clamp(logOwn, LOWEST_LOG_RATE, HIGHEST_LOG_RATE));
            double neighbour = spillOver ? Math.exp(clamp(logNeighbour, LOWEST_LOG_RATE, HIGHEST_LOG_RATE)) : 0;
            double size = Math.exp(clamp(logSize, LOWEST_LOG_SIZE, HIGHEST_LOG_SIZE));
            double sizeGradient = 0;
            double ownGradient = 0;
            double neighbourGradient = 0;
            for (int i = 0; i < districts; i++) {
                double effect = point[1 + i];
                double endemic = Math.exp(clamp(intercept + effect, LOWEST_LEVEL, HIGHEST_LEVEL));
                double effectGradient = 0;
                for (int t = 1; t < counts.windows(); t++) {
                    int y = counts.count(i, t);
                    double previous = ownLagged[i][t];
                    double spill = neighbourLagged[i][t];
                    double mean = endemic + own * previous + neighbour * spill;
                    double logSizeShare = Math.log(size / (size + mean));
                    double logLikelihood = size * logSizeShare + y * Math.log(mean / (size + mean));
                    double digammaDifference = 0;
                    for (int k = 0; k < y; k++) {
                        logLikelihood += Math.log(size + k);
                        digammaDifference += 1 / (size + k);
                    }
                    total -= logLikelihood;
                    if (gradient != null) {
                        double byMean = y / mean - (y + size) / (size + mean);
                        effectGradient -= byMean * endemic;
                        ownGradient -= byMean * own * previous;
                        neighbourGradient -= byMean * neighbour * spill;
                        sizeGradient -= (digammaDifference + logSizeShare + 1 - (y + size) / (size + mean)) * size;
                    }
                }
                total += effect * effect / (2 * effectVariance);
                if (gradient != null) {
                    boolean inside = intercept + effect > LOWEST_LEVEL && intercept + effect < HIGHEST_LEVEL;
                    double likelihoodPart = inside ? effectGradient : 0;
                    gradient[1 + i] += likelihoodPart + effect / effectVariance;
                    gradient[0] += likelihoodPart;
                }
            }
            if (gradient != null) {
                gradient[ownIndex()] += inside(logOwn, LOWEST_LOG_RATE, HIGHEST_LOG_RATE) ? ownGradient : 0;
                gradient[sizeIndex()] += inside(logSize, LOWEST_LOG_SIZE, HIGHEST_LOG_SIZE) ? sizeGradient : 0;
                if (spillOver) {
                    gradient[neighbourIndex()] +=
                            inside(logNeighbour, LOWEST_LOG_RATE, HIGHEST_LOG_RATE) ? neighbourGradient : 0;
                }
            }
            total += wall(intercept, LOWEST_LEVEL, HIGHEST_LEVEL, gradient, 0);
            total += wall(logOwn, LOWEST_LOG_RATE, HIGHEST_LOG_RATE, gradient, ownIndex());
            total += wall(logSize, LOWEST_LOG_SIZE, HIGHEST_LOG_SIZE, gradient, sizeIndex());
            if (spillOver) {
                total += wall(logNeighbour, LOWEST_LOG_RATE, HIGHEST_LOG_RATE, gradient, neighbourIndex());
            }
            return Double.isFinite(total) ? total : Double.MAX_VALUE;
        }

        Fit fit(double[] point, int windows, double lagDecay) {
            double own = Math.exp(clamp(point[ownIndex()], LOWEST_LOG_RATE, HIGHEST_LOG_RATE));
            double neighbour =
                    spillOver ? Math.exp(clamp(point[neighbourIndex()], LOWEST_LOG_RATE, HIGHEST_LOG_RATE)) : 0;
            double size = Math.exp(clamp(point[sizeIndex()], LOWEST_LOG_SIZE, HIGHEST_LOG_SIZE));
            Map<String, Double> effects = new LinkedHashMap<>();
            List<CountForecast> forecasts = new ArrayList<>();
            int next = counts.windows();
            for (int i = 0; i < districts; i++) {
                effects.put(counts.districts().get(i), point[1 + i]);
                double endemic = Math.exp(clamp(point[0] + point[1 + i], LOWEST_LEVEL, HIGHEST_LEVEL));
                CountForecast.Components components = new CountForecast.Components(
                        endemic, own * ownLagged[i][next], neighbour * neighbourLagged[i][next]);
                double mean = Math.min(CountDistribution.MAXIMUM_MEAN, components.total());
                forecasts.add(new CountForecast(
                        counts.districts().get(i),
                        new CountDistribution.NegativeBinomial(mean, size),
                        Optional.of(components)));
            }
            return new Fit(point[0], effects, own, neighbour, size, lagDecay, windows, Optional.empty(), forecasts);
        }

        private static double wall(double value, double lowest, double highest, double[] gradient, int index) {
            double outside = value < lowest ? value - lowest : value > highest ? value - highest : 0;
            if (gradient != null) {
                gradient[index] += 2 * WALL * outside;
            }
            return WALL * outside * outside;
        }

        private static boolean inside(double value, double lowest, double highest) {
            return value > lowest && value < highest;
        }

        private static double clamp(double value, double lowest, double highest) {
            return Math.max(lowest, Math.min(highest, value));
        }
    }
}
