package org.fusioncentre.fusion.scoring;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Fits the pair scorer's weights to labelled pairs: logistic regression by Newton's method, with a
 * ridge penalty that pulls each weight towards its hand-set prior, so a feature the training pairs
 * rarely show keeps the prior's say and one they show often is set by the data. The strength is
 * the penalty per unit of squared distance from the prior (a pseudo-count of pairs).
 */
public final class PairWeightFitter {
    private static final int MAX_ITERATIONS = 50;

    private final double strength;
    private final Set<PairFeature> held;

    /**
     * @param held features that keep their prior: the intercept and anything the training sets do
     *     not represent as real reports do (a simulator's base rate of incidents per district-day is
     *     not a deployment's)
     */
    public PairWeightFitter(double strength, Set<PairFeature> held) {
        if (!(strength > 0) || !Double.isFinite(strength)) {
            throw new IllegalArgumentException("strength must be a positive number, not " + strength);
        }
        this.strength = strength;
        this.held = held.isEmpty() ? EnumSet.noneOf(PairFeature.class) : EnumSet.copyOf(held);
    }

    /** The fitted weights and how well they and the prior explain the pairs. */
    public record Fit(PairWeights weights, double priorLogLoss, double fittedLogLoss, int[] counts) {}

    public Fit fit(List<LabelledReports.Pair> pairs, PairWeights prior) {
        int n = PairFeature.values().length;
        double[] start = prior.toArray();
        double[] w = start.clone();
        int[] counts = new int[n];
        for (LabelledReports.Pair pair : pairs) {
            for (int j = 0; j < n; j++) {
                counts[j] += pair.features()[j] > 0 ? 1 : 0;
            }
        }
        for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
            double[] gradient = new double[n];
            double[][] hessian = new double[n][n];
            for (int j = 0; j < n; j++) {
                gradient[j] = strength * (w[j] - start[j]);
                hessian[j][j] = strength;
            }
            for (LabelledReports.Pair pair : pairs) {
                double[] x = pair.features();
                double p = probability(w, x);
                double residual = p - (pair.same() ? 1 : 0);
                double curvature = Math.max(p * (1 - p), 1e-9);
                for (int j = 0; j < n; j++) {
                    if (x[j] == 0) {
                        continue;
                    }
                    gradient[j] += residual * x[j];
                    for (int k = 0; k < n; k++) {
                        if (x[k] != 0) {
                            hessian[j][k] += curvature * x[j] * x[k];
                        }
                    }
                }
            }
            for (PairFeature feature : held) {
                int j = feature.ordinal();
                gradient[j] = 0;
                for (int k = 0; k < n; k++) {
                    hessian[j][k] = 0;
                    hessian[k][j] = 0;
                }
                hessian[j][j] = 1;
            }
            double[] step = solve(hessian, gradient);
            double largest = 0;
            for (int j = 0; j < n; j++) {
                w[j] -= step[j];
                largest = Math.max(largest, Math.abs(step[j]));
            }
            if (largest < 1e-6) {
                break;
            }
        }
        return new Fit(PairWeights.of(w), logLoss(pairs, start), logLoss(pairs, w), counts);
    }

    /** Mean negative log-likelihood of the labels under the weights. */
    public static double logLoss(List<LabelledReports.Pair> pairs, double[] weights) {
        if (pairs.isEmpty()) {
            return 0;
        }
        double sum = 0;
        for (LabelledReports.Pair pair : pairs) {
            double p = probability(weights, pair.features());
            sum -= Math.log(Math.max(1e-12, pair.same() ? p : 1 - p));
        }
        return sum / pairs.size();
    }

    private static double probability(double[] w, double[] x) {
        double logit = 0;
        for (int j = 0; j < w.length; j++) {
            logit += w[j] * x[j];
        }
        return 1 / (1 + Math.exp(-logit));
    }

    /** Solves the symmetric positive definite system by Cholesky decomposition. */
    private static double[] solve(double[][] a, double[] b) {
        int n = b.length;
        double[][] l = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                double sum = a[i][j];
                for (int k = 0; k < j; k++) {
                    sum -= l[i][k] * l[j][k];
                }
                if (i == j) {
                    l[i][i] = Math.sqrt(Math.max(sum, 1e-12));
                } else {
                    l[i][j] = sum / l[j][j];
                }
            }
        }
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            double sum = b[i];
            for (int k = 0; k < i; k++) {
                sum -= l[i][k] * y[k];
            }
            y[i] = sum / l[i][i];
        }
        double[] x = new double[n];
        for (int i = n - 1; i >= 0; i--) {
            double sum = y[i];
            for (int k = i + 1; k < n; k++) {
                sum -= l[k][i] * x[k];
            }
            x[i] = sum / l[i][i];
        }
        return x;
    }
}
