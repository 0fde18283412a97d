package org.fusioncentre.fusion.scoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Observations of one block (a district, or a province's observations without a district) into
 * incidents. Deterministic and order-independent: the result depends only on the set of
 * observations. Candidates are sorted by date and id; pairs within the date window are scored;
 * pairs that may match link observations into components; within a component, clusters are
 * merged by average linkage, best pair first, while the linkage reaches {@link
 * PairScorer#SAME_INCIDENT} and no two members share a report.
 */
public final class Clusters {
    /** Pairs below this never link components; it keeps components small in busy districts. */
    private static final double LINK = 0.2;

    private final PairScorer scorer;

    public Clusters(PairScorer scorer) {
        this.scorer = scorer;
    }

    public List<List<Candidate>> of(List<Candidate> block) {
        List<Candidate> sorted = new ArrayList<>(block);
        sorted.sort(Comparator.comparing((Candidate c) -> c.observation().dateFrom())
                .thenComparing(Candidate::observationId));
        int n = sorted.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        // sweep: only pairs whose ranges lie within the window of each other are scored
        List<int[]> pairs = new ArrayList<>();
        List<Double> pairScores = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Candidate a = sorted.get(i);
            for (int j = i + 1; j < n; j++) {
                Candidate b = sorted.get(j);
                if (b.observation()
                        .dateFrom()
                        .isAfter(a.observation().dateTo().plusDays(PairScorer.WINDOW_DAYS + 31))) {
                    break; // sorted by start date: later ones start later still (ranges are at most a month)
                }
                double p = scorer.probability(a, b);
                if (p >= LINK) {
                    union(parent, i, j);
                    pairs.add(new int[] {i, j});
                    pairScores.add(p);
                }
            }
        }
        List<List<Integer>> components = new ArrayList<>();
        java.util.Map<Integer, Integer> roots = new java.util.HashMap<>();
        for (int i = 0; i < n; i++) {
            int root = find(parent, i);
            Integer index = roots.get(root);
            if (index == null) {
                index = components.size();
                roots.put(root, index);
                components.add(new ArrayList<>());
            }
            components.get(index).add(i);
        }
        java.util.Map<Long, Double> score = new java.util.HashMap<>();
        for (int k = 0; k < pairs.size(); k++) {
            score.put(key(pairs.get(k)[0], pairs.get(k)[1]), pairScores.get(k));
        }
        List<List<Candidate>> incidents = new ArrayList<>();
        for (List<Integer> component : components) {
            for (List<Integer> cluster : agglomerate(component, score, sorted)) {
                incidents.add(cluster.stream().map(sorted::get).toList());
            }
        }
        return incidents;
    }

    /** Average-linkage merging inside one component; ties go to the earliest pair. */
    private static List<List<Integer>> agglomerate(
            List<Integer> component, java.util.Map<Long, Double> score, List<Candidate> sorted) {
        List<List<Integer>> clusters = new ArrayList<>();
        for (int member : component) {
            clusters.add(new ArrayList<>(List.of(member)));
        }
        while (clusters.size() > 1) {
            double best = PairScorer.SAME_INCIDENT;
            int bestA = -1;
            int bestB = -1;
            for (int a = 0; a < clusters.size(); a++) {
                for (int b = a + 1; b < clusters.size(); b++) {
                    double linkage = linkage(clusters.get(a), clusters.get(b), score, sorted);
                    if (linkage > best || linkage == best && bestA < 0) {
                        best = linkage;
                        bestA = a;
                        bestB = b;
                    }
                }
            }
            if (bestA < 0) {
                break;
            }
            List<Integer> merged = clusters.get(bestA);
            merged.addAll(clusters.remove(bestB));
            merged.sort(Integer::compare);
        }
        return clusters;
    }

    private static double linkage(
            List<Integer> a, List<Integer> b, java.util.Map<Long, Double> score, List<Candidate> sorted) {
        double sum = 0;
        for (int i : a) {
            for (int j : b) {
                if (sorted.get(i).reportId().equals(sorted.get(j).reportId())) {
                    return -1; // one report, two incidents
                }
                sum += score.getOrDefault(key(Math.min(i, j), Math.max(i, j)), 0.0);
            }
        }
        return sum / (a.size() * b.size());
    }

    private static long key(int i, int j) {
        return ((long) i << 32) | j;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int i, int j) {
        int a = find(parent, i);
        int b = find(parent, j);
        if (a != b) {
            parent[Math.max(a, b)] = Math.min(a, b);
        }
    }
}
