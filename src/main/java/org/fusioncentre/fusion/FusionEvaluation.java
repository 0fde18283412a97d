package org.fusioncentre.fusion;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Scores a clustering of reports against gold ({@code shared/data/eval/README.md}, fusion): over
 * every pair of reports, "placed in the same incident" against "share a gold incident" gives
 * pairwise precision, recall and F1; B-cubed precision and recall are averaged over reports, in the
 * extended form for reports that belong to several incidents (Amigó et al. 2009). A report in no
 * incident stands alone on either side.
 */
public final class FusionEvaluation {
    private final long truePositives;
    private final long falsePositives;
    private final long falseNegatives;
    private final double bcubedPrecision;
    private final double bcubedRecall;
    private final int reports;

    /**
     * @param gold each report's gold incidents (empty when it tells of none)
     * @param predicted each report's incidents as fused (empty when it is in none)
     */
    public FusionEvaluation(Map<String, Set<String>> gold, Map<String, Set<String>> predicted) {
        List<String> items = new ArrayList<>(gold.keySet());
        items.sort(String::compareTo);
        long tp = 0;
        long fp = 0;
        long fn = 0;
        for (int i = 0; i < items.size(); i++) {
            for (int j = i + 1; j < items.size(); j++) {
                boolean same = intersects(gold.get(items.get(i)), gold.get(items.get(j)));
                boolean placed = intersects(labels(predicted, items.get(i)), labels(predicted, items.get(j)));
                tp += same && placed ? 1 : 0;
                fp += placed && !same ? 1 : 0;
                fn += same && !placed ? 1 : 0;
            }
        }
        this.truePositives = tp;
        this.falsePositives = fp;
        this.falseNegatives = fn;
        double precisionSum = 0;
        double recallSum = 0;
        for (String e : items) {
            Set<String> goldE = gold.get(e);
            Set<String> predE = labels(predicted, e);
            double p = 0;
            int pn = 0;
            double r = 0;
            int rn = 0;
            for (String f : items) {
                Set<String> goldF = gold.get(f);
                Set<String> predF = labels(predicted, f);
                int sharedPred = e.equals(f) ? Math.max(1, predE.size()) : common(predE, predF);
                int sharedGold = e.equals(f) ? Math.max(1, goldE.size()) : common(goldE, goldF);
                if (sharedPred > 0) {
                    p += (double) Math.min(sharedPred, sharedGold) / sharedPred;
                    pn++;
                }
                if (sharedGold > 0) {
                    r += (double) Math.min(sharedPred, sharedGold) / sharedGold;
                    rn++;
                }
            }
            precisionSum += pn == 0 ? 1 : p / pn;
            recallSum += rn == 0 ? 1 : r / rn;
        }
        this.reports = items.size();
        this.bcubedPrecision = items.isEmpty() ? 0 : precisionSum / items.size();
        this.bcubedRecall = items.isEmpty() ? 0 : recallSum / items.size();
    }

    private static Set<String> labels(Map<String, Set<String>> predicted, String item) {
        return predicted.getOrDefault(item, Set.of());
    }

    private static boolean intersects(Set<String> a, Set<String> b) {
        return common(a, b) > 0;
    }

    private static int common(Set<String> a, Set<String> b) {
        Set<String> shared = new HashSet<>(a);
        shared.retainAll(b);
        return shared.size();
    }

    public double precision() {
        return truePositives + falsePositives == 0 ? 0 : (double) truePositives / (truePositives + falsePositives);
    }

    public double recall() {
        return truePositives + falseNegatives == 0 ? 0 : (double) truePositives / (truePositives + falseNegatives);
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public double bcubedF1() {
        return bcubedPrecision + bcubedRecall == 0
                ? 0
                : 2 * bcubedPrecision * bcubedRecall / (bcubedPrecision + bcubedRecall);
    }

    public String summary() {
        return String.format(
                Locale.ROOT,
                "%d reports; pairwise precision %.3f recall %.3f F1 %.3f (TP %d, FP %d, FN %d); B-cubed precision %.3f recall %.3f F1 %.3f",
                reports,
                precision(),
                recall(),
                f1(),
                truePositives,
                falsePositives,
                falseNegatives,
                bcubedPrecision,
                bcubedRecall,
                bcubedF1());
    }
}
