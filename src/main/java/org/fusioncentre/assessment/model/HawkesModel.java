package org.fusioncentre.assessment.model;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;

/**
 * M2, a multivariate Hawkes process on incident times with an exponential kernel: district i's
 * intensity at time t (days) is
 *
 * <pre>
 *   λ_i(t) = μ_i + Σ_{incidents k before t} w(i, district of k) · β e^{−β (t − t_k)}
 * </pre>
 *
 * where w is η_s for an incident in the same district, η_n / (number of neighbours of k's
 * district) for one in a neighbouring district (adjacency stands in for distance), and 0 otherwise.
 * η_s + η_n is the branching ratio — the expected number of incidents each incident triggers — and
 * 1/β the decay in days. Fitted by the EM algorithm of Veen and Schoenberg (2008), forecast by
 * simulating the cluster process forward from the history.
 *
 * <p>Incidents of one day are spread evenly over the day in file order, since the history has no
 * times of day. The branching ratio is capped below 1 so simulations cannot explode; a history too
 * short to fit falls back to B3, as M1 does.
 */
public final class HawkesModel implements AssessmentModel {
    // kernel contributions older than this are ignored in the fit: e^{−β·365} is negligible for
    // every decay the fit allows but the slowest
    private static final double LONGEST_LAG_DAYS = 365;
    private static final double SHORTEST_DECAY_DAYS = 0.1;
    private static final double LONGEST_DECAY_DAYS = 365;
    private static final double LARGEST_BRANCHING_RATIO = 0.95;
    private static final int MOST_SIMULATED_INCIDENTS = 1_000_000;

    private final Map<String, Set<String>> adjacency;
    private final Settings settings;

    /**
     * How M2 is fitted and simulated.
     *
     * @param trainingDays how far back the fit looks
     * @param iterations most EM iterations
     * @param simulations simulated futures per forecast
     * @param seed the simulations' seed (combined with the origin, so each origin is reproducible)
     * @param minimumEvents below this many events in training the model falls back to B3
     */
    public record Settings(int trainingDays, int iterations, int simulations, long seed, int minimumEvents) {
        public Settings {
            if (trainingDays < 1 || iterations < 1 || simulations < 10 || minimumEvents < 1) {
                throw new IllegalArgumentException("bad M2 settings");
            }
        }

        /** Five years of training, 300 EM iterations, 2,000 simulations, seed 1, 10 events. */
        public static Settings standard() {
            return new Settings(5 * 365 + 1, 300, 2000, 1, 10);
        }
    }

    /**
     * A fitted M2.
     *
     * @param backgroundPerDay μ_i, background incidents per day per district
     * @param selfExcitation η_s, incidents an incident triggers in its own district
     * @param neighbourExcitation η_n, incidents an incident triggers in neighbouring districts
     * @param decayDays 1/β, the mean delay from an incident to one it triggers
     * @param fallback why the model fell back to B3, if it did
     * @param forecasts one forecast per requested district
     */
    public record Fit(
            Map<String, Double> backgroundPerDay,
            double selfExcitation,
            double neighbourExcitation,
            double decayDays,
            Optional<String> fallback,
            List<CountForecast> forecasts) {
        public Fit {
            backgroundPerDay = Map.copyOf(backgroundPerDay);
            requireNonNull(fallback, "fallback is null");
            forecasts = List.copyOf(forecasts);
        }

        /** η_s + η_n: the expected number of incidents each incident triggers. */
        public double branchingRatio() {
            return selfExcitation + neighbourExcitation;
        }
    }

    /** M2 with the standard settings and this adjacency (district P-code → neighbouring P-codes). */
    public HawkesModel(Map<String, Set<String>> adjacency) {
        this(adjacency, Settings.standard());
    }

    public HawkesModel(Map<String, Set<String>> adjacency, Settings settings) {
        this.adjacency = Map.copyOf(requireNonNull(adjacency, "adjacency is null"));
        this.settings = requireNonNull(settings, "settings is null");
    }

    @Override
    public String name() {
        return "M2";
    }

    @Override
    public List<CountForecast> forecast(
            EventHistory history, LocalDate origin, int horizonDays, List<String> districts) {
        return fit(history, origin, horizonDays, districts).forecasts();
    }

    /** Fits on the events before the origin and simulates the window that starts at it. */
    public Fit fit(EventHistory history, LocalDate origin, int horizonDays, List<String> districts) {
        LocalDate start = origin.minusDays(settings.trainingDays());
        Map<String, Integer> row = new HashMap<>();
        for (int i = 0; i < districts.size(); i++) {
            row.put(districts.get(i), i);
        }
        List<Event> training = history.before(origin).events().stream()
                .filter(event -> !event.date().isBefore(start) && row.containsKey(event.district()))
                .toList();
        if (training.size() < settings.minimumEvents()) {
            return fallback(
                    history, origin, horizonDays, districts, "too little history: " + training.size() + " events");
        }
        // time 0 is the first training event's day, so a short history is not padded with empty years
        LocalDate zero = training.getFirst().date();
        double end = ChronoUnit.DAYS.between(zero, origin);
        int n = training.size();
        double[] times = new double[n];
        int[] where = new int[n];
        for (int k = 0; k < n; ) {
            int sameDay = k;
            while (sameDay < n
                    && training.get(sameDay).date().equals(training.get(k).date())) {
                sameDay++;
            }
            for (int m = k; m < sameDay; m++) {
                times[m] = ChronoUnit.DAYS.between(zero, training.get(m).date()) + (m - k + 0.5) / (sameDay - k);
                where[m] = row.get(training.get(m).district());
            }
            k = sameDay;
        }
        int[][] neighbours = neighbours(districts, row);
        Parameters parameters = estimate(times, where, neighbours, districts.size(), end);
        List<CountForecast> forecasts =
                simulate(parameters, times, where, neighbours, districts, end, horizonDays, origin);
        Map<String, Double> background = new LinkedHashMap<>();
        for (int i = 0; i < districts.size(); i++) {
            background.put(districts.get(i), parameters.background[i]);
        }
        return new Fit(
                background, parameters.self, parameters.neighbour, 1 / parameters.decay, Optional.empty(), forecasts);
    }

    private static Fit fallback(
            EventHistory history, LocalDate origin, int horizonDays, List<String> districts, String reason) {
        List<CountForecast> forecasts = Baseline.B3.forecast(history, origin, horizonDays, districts);
        return new Fit(Map.of(), 0, 0, 1, Optional.of(reason), forecasts);
    }

    private int[][] neighbours(List<String> districts, Map<String, Integer> row) {
        List<Set<Integer>> sets = new ArrayList<>();
        districts.forEach(district -> sets.add(new TreeSet<>()));
        adjacency.forEach((district, touching) -> {
            Integer from = row.get(district);
            for (String other : touching) {
                Integer to = row.get(other);
                if (from != null && to != null && !from.equals(to)) {
                    sets.get(from).add(to);
                    sets.get(to).add(from);
                }
            }
        });
        int[][] result = new int[districts.size()][];
        for (int i = 0; i < result.length; i++) {
            result[i] = sets.get(i).stream().mapToInt(Integer::intValue).toArray();
        }
        return result;
    }

    /** Fitted parameters; mutable only while EM runs. */
    private static final class Parameters {
        final double[] background;
        double self;
        double neighbour;
        double decay;

        Parameters(double[] background, double self, double neighbour, double decay) {
            this.background = background;
            this.self = self;
            this.neighbour = neighbour;
            this.decay = decay;
        }
    }

    private Parameters estimate(double[] times, int[] where, int[][] neighbours, int districts, double end) {
        int n = times.length;
        boolean spillOver = Arrays.stream(neighbours).anyMatch(touching -> touching.length > 0);
        // the pairs (parent j, child k) that can trigger: same or neighbouring district, within a year
        List<int[]> pairs = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            for (int j = k - 1; j >= 0 && times[k] - times[j] <= LONGEST_LAG_DAYS; j--) {
                if (where[j] == where[k]) {
                    pairs.add(new int[] {j, k, 0});
                } else if (spillOver && contains(neighbours[where[j]], where[k])) {
                    pairs.add(new int[] {j, k, 1});
                }
            }
        }
        int[] parent = new int[pairs.size()];
        int[] child = new int[pairs.size()];
        boolean[] cross = new boolean[pairs.size()];
        double[] lag = new double[pairs.size()];
        for (int p = 0; p < pairs.size(); p++) {
            parent[p] = pairs.get(p)[0];
            child[p] = pairs.get(p)[1];
            cross[p] = pairs.get(p)[2] == 1;
            lag[p] = times[child[p]] - times[parent[p]];
        }
        double[] counts = new double[districts];
        for (int k = 0; k < n; k++) {
            counts[where[k]]++;
        }
        double[] background = new double[districts];
        for (int i = 0; i < districts; i++) {
            background[i] = 0.5 * counts[i] / end;
        }
        Parameters parameters = new Parameters(background, 0.3, spillOver ? 0.1 : 0, 1 / 7.0);
        double[] intensity = new double[n];
        double[] triggered = new double[pairs.size()];
        for (int iteration = 0; iteration < settings.iterations(); iteration++) {
            // E-step: each incident's intensity, and the probability that each pair is cause and effect
            for (int k = 0; k < n; k++) {
                intensity[k] = parameters.background[where[k]];
            }
            for (int p = 0; p < parent.length; p++) {
                triggered[p] = weight(parameters, cross[p], neighbours[where[parent[p]]].length)
                        * parameters.decay
                        * Math.exp(-parameters.decay * lag[p]);
                intensity[child[p]] += triggered[p];
            }
            double[] backgroundShare = new double[districts];
            for (int k = 0; k < n; k++) {
                backgroundShare[where[k]] += parameters.background[where[k]] / intensity[k];
            }
            double selfTriggered = 0;
            double crossTriggered = 0;
            double weightedLag = 0;
            for (int p = 0; p < parent.length; p++) {
                double probability = triggered[p] / intensity[child[p]];
                if (cross[p]) {
                    crossTriggered += probability;
                } else {
                    selfTriggered += probability;
                }
                weightedLag += probability * lag[p];
            }
            // M-step
            double selfExposure = 0;
            double crossExposure = 0;
            for (int j = 0; j < n; j++) {
                double reach = -Math.expm1(-parameters.decay * (end - times[j]));
                selfExposure += reach;
                if (neighbours[where[j]].length > 0) {
                    crossExposure += reach;
                }
            }
            double[] nextBackground = new double[districts];
            for (int i = 0; i < districts; i++) {
                nextBackground[i] = backgroundShare[i] / end;
            }
            double nextSelf = selfExposure > 0 ? selfTriggered / selfExposure : 0;
            double nextCross = spillOver && crossExposure > 0 ? crossTriggered / crossExposure : 0;
            double ratio = nextSelf + nextCross;
            if (ratio > LARGEST_BRANCHING_RATIO) {
                nextSelf *= LARGEST_BRANCHING_RATIO / ratio;
                nextCross *= LARGEST_BRANCHING_RATIO / ratio;
            }
            double nextDecay = weightedLag > 0 ? (selfTriggered + crossTriggered) / weightedLag : parameters.decay;
            nextDecay = Math.max(1 / LONGEST_DECAY_DAYS, Math.min(1 / SHORTEST_DECAY_DAYS, nextDecay));
            double change = Math.abs(nextSelf - parameters.self)
                    + Math.abs(nextCross - parameters.neighbour)
                    + Math.abs(nextDecay - parameters.decay) / parameters.decay;
            System.arraycopy(nextBackground, 0, parameters.background, 0, districts);
            parameters.self = nextSelf;
            parameters.neighbour = nextCross;
            parameters.decay = nextDecay;
            if (change < 1e-5) {
                break;
            }
        }
        return parameters;
    }

    private static double weight(Parameters parameters, boolean cross, int parentNeighbours) {
        return cross ? parameters.neighbour / parentNeighbours : parameters.self;
    }

    private static boolean contains(int[] values, int value) {
        for (int candidate : values) {
            if (candidate == value) {
                return true;
            }
        }
        return false;
    }

    /**
     * Simulates the window [end, end + horizon) by the cluster representation: background incidents,
     * incidents the history triggers, and the incidents those trigger in turn, within the window.
     */
    private List<CountForecast> simulate(
            Parameters parameters,
            double[] times,
            int[] where,
            int[][] neighbours,
            List<String> districts,
            double end,
            int horizon,
            LocalDate origin) {
        int m = districts.size();
        double decay = parameters.decay;
        double windowEnd = end + horizon;
        // what the history triggers in the window, per target district: parents' times and the
        // cumulative expected offspring, to draw each child's parent in proportion
        List<List<double[]>> fromHistory = new ArrayList<>();
        for (int i = 0; i < m; i++) {
            fromHistory.add(new ArrayList<>());
        }
        for (int j = 0; j < times.length; j++) {
            double reach = Math.exp(-decay * (end - times[j])) - Math.exp(-decay * (windowEnd - times[j]));
            if (reach < 1e-12) {
                continue;
            }
            fromHistory.get(where[j]).add(new double[] {times[j], parameters.self * reach});
            for (int target : neighbours[where[j]]) {
                fromHistory.get(target).add(new double[] {
                    times[j], parameters.neighbour / neighbours[where[j]].length * reach
                });
            }
        }
        double[][] parentTimes = new double[m][];
        double[][] cumulative = new double[m][];
        for (int i = 0; i < m; i++) {
            List<double[]> list = fromHistory.get(i);
            parentTimes[i] = new double[list.size()];
            cumulative[i] = new double[list.size()];
            double sum = 0;
            for (int p = 0; p < list.size(); p++) {
                parentTimes[i][p] = list.get(p)[0];
                sum += list.get(p)[1];
                cumulative[i][p] = sum;
            }
        }
        SplittableRandom random = new SplittableRandom(settings.seed() * 1_000_003L + origin.toEpochDay());
        int[][] simulated = new int[m][settings.simulations()];
        double[] queueTimes = new double[1024];
        int[] queueDistricts = new int[1024];
        for (int s = 0; s < settings.simulations(); s++) {
            int size = 0;
            for (int i = 0; i < m; i++) {
                int background = poisson(random, parameters.background[i] * horizon);
                for (int b = 0; b < background; b++) {
                    if (size == queueTimes.length) {
                        queueTimes = Arrays.copyOf(queueTimes, size * 2);
                        queueDistricts = Arrays.copyOf(queueDistricts, size * 2);
                    }
                    queueTimes[size] = end + random.nextDouble() * horizon;
                    queueDistricts[size++] = i;
                }
                double total = cumulative[i].length == 0 ? 0 : cumulative[i][cumulative[i].length - 1];
                int children = poisson(random, total);
                for (int c = 0; c < children; c++) {
                    int chosen = Arrays.binarySearch(cumulative[i], random.nextDouble() * total);
                    int p = Math.min(cumulative[i].length - 1, chosen >= 0 ? chosen : -chosen - 1);
                    if (size == queueTimes.length) {
                        queueTimes = Arrays.copyOf(queueTimes, size * 2);
                        queueDistricts = Arrays.copyOf(queueDistricts, size * 2);
                    }
                    queueTimes[size] = delay(random, decay, parentTimes[i][p], end, windowEnd);
                    queueDistricts[size++] = i;
                }
            }
            // each incident in the window triggers more within it, until the cluster dies out
            for (int q = 0; q < size && size < MOST_SIMULATED_INCIDENTS; q++) {
                double time = queueTimes[q];
                int district = queueDistricts[q];
                simulated[district][s]++;
                double reach = -Math.expm1(-decay * (windowEnd - time));
                int own = poisson(random, parameters.self * reach);
                int spill = neighbours[district].length == 0 ? 0 : poisson(random, parameters.neighbour * reach);
                for (int c = 0; c < own + spill; c++) {
                    if (size == queueTimes.length) {
                        queueTimes = Arrays.copyOf(queueTimes, size * 2);
                        queueDistricts = Arrays.copyOf(queueDistricts, size * 2);
                    }
                    queueTimes[size] = delay(random, decay, time, time, windowEnd);
                    queueDistricts[size++] =
                            c < own ? district : neighbours[district][random.nextInt(neighbours[district].length)];
                }
            }
        }
        List<CountForecast> forecasts = new ArrayList<>();
        for (int i = 0; i < m; i++) {
            forecasts.add(new CountForecast(
                    districts.get(i), new CountDistribution.Empirical(simulated[i]), Optional.empty()));
        }
        return forecasts;
    }

    /** A child's time: the parent's plus an exponential delay, conditioned to fall in [from, to). */
    private static double delay(SplittableRandom random, double decay, double parent, double from, double to) {
        double high = Math.exp(-decay * (from - parent));
        double low = Math.exp(-decay * (to - parent));
        double u = low + random.nextDouble() * (high - low);
        return Math.min(to, Math.max(from, parent - Math.log(Math.max(u, Double.MIN_NORMAL)) / decay));
    }

    private static int poisson(SplittableRandom random, double mean) {
        if (!(mean > 0)) {
            return 0;
        }
        if (mean > 50) {
            // normal approximation: exact enough for a window's count, and never loops long
            double gaussian =
                    Math.sqrt(-2 * Math.log(1 - random.nextDouble())) * Math.cos(2 * Math.PI * random.nextDouble());
            return (int) Math.max(0, Math.round(mean + Math.sqrt(mean) * gaussian));
        }
        int count = 0;
        double product = random.nextDouble();
        double limit = Math.exp(-mean);
        while (product > limit) {
            count++;
            product *= random.nextDouble();
        }
        return count;
    }
}
