package org.fusioncentre.fusion.scoring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Observations of one block (a district, or a province's observations without a district) into
 * incidents. Deterministic and order-independent: the result depends only on the set of
 * observations, which are first sorted by date and id.
 *
 * <p>Pairs within the date window are scored; pairs that may match ({@value #LINK} or more) link
 * observations into components. A small component (up to {@value #SMALL} observations, the usual
 * case) is clustered by average linkage, best pair first, while the linkage reaches {@link
 * PairScorer#SAME_INCIDENT}. A large one — a district with dozens of reports a day — is clustered
 * in one pass in date order, each observation joining the open cluster it matches best on average,
 * so the cost stays near-linear in the block. No cluster holds two observations of one report, nor
 * a pair the scorer calls {@linkplain PairScorer#CONTRADICTED contradicted} (average linkage alone
 * would let many agreeing but uninformative pairs outvote one clash of clock times).
 */
public final class Clusters {
    /** Pairs below this never link components. */
    private static final double LINK = 0.2;

    private static final int SMALL = 80;

    private final PairScorer scorer;

    public Clusters(PairScorer scorer) {
        this.scorer = scorer;
    }

    /** The scorer the clusters are built with. */
    public PairScorer scorer() {
        return scorer;
    }

    /**
     * The block's incidents. Observations a report {@linkplain
     * org.fusioncentre.extraction.Observation#recalled recalls} as background are clustered after
     * the others, so that they can never join two incidents into one: each joins the incident whose
     * reported observations it matches best on average (reaching the threshold, with nothing of its
     * report and no contradiction), and those that match none are clustered among themselves.
     */
    public List<List<Candidate>> of(List<Candidate> block) {
        List<Candidate> reported = new ArrayList<>();
        List<Candidate> recalled = new ArrayList<>();
        for (Candidate candidate : block) {
            (candidate.observation().recalled() ? recalled : reported).add(candidate);
        }
        if (recalled.isEmpty()) {
            return cluster(reported);
        }
        // each is placed by the reported observations alone, not by the recollections placed before it
        List<List<Candidate>> reportedIncidents = cluster(reported);
        List<List<Candidate>> incidents = new ArrayList<>();
        reportedIncidents.forEach(incident -> incidents.add(new ArrayList<>(incident)));
        recalled.sort(ORDER);
        List<Candidate> unmatched = new ArrayList<>();
        for (Candidate candidate : recalled) {
            int best = -1;
            double bestLinkage = PairScorer.SAME_INCIDENT;
            for (int k = 0; k < reportedIncidents.size(); k++) {
                if (incidents.get(k).stream()
                        .anyMatch(member -> member.reportId().equals(candidate.reportId()))) {
                    continue; // one report, one observation per incident
                }
                double linkage = linkage(candidate, reportedIncidents.get(k));
                if (best < 0 ? linkage >= bestLinkage : linkage > bestLinkage) {
                    best = k;
                    bestLinkage = linkage;
                }
            }
            if (best < 0) {
                unmatched.add(candidate);
            } else {
                incidents.get(best).add(candidate);
            }
        }
        incidents.addAll(cluster(unmatched));
        return incidents;
    }

    private static final Comparator<Candidate> ORDER =
            Comparator.comparing((Candidate c) -> c.observation().dateFrom()).thenComparing(Candidate.BY_REPORT);

    /** A recalled observation's average score with an incident's members; -1 when it cannot join. */
    private double linkage(Candidate candidate, List<Candidate> incident) {
        LocalDate from = candidate.observation().dateFrom().minusDays(PairScorer.WINDOW_DAYS);
        LocalDate to = candidate.observation().dateTo().plusDays(PairScorer.WINDOW_DAYS);
        if (end(incident).isBefore(from) || start(incident).isAfter(to)) {
            return -1;
        }
        double sum = 0;
        for (Candidate member : incident) {
            double score = scorer.score(candidate, member);
            if (score == PairScorer.CONTRADICTED || member.reportId().equals(candidate.reportId())) {
                return -1;
            }
            sum += score;
        }
        return sum / incident.size();
    }

    private List<List<Candidate>> cluster(List<Candidate> block) {
        List<Candidate> sorted = new ArrayList<>(block);
        sorted.sort(ORDER);
        int n = sorted.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < n; i++) {
            Candidate a = sorted.get(i);
            for (int j = i + 1; j < n; j++) {
                Candidate b = sorted.get(j);
                // sorted by start: once one starts beyond the window after a's end, all later ones do
                if (b.observation().dateFrom().isAfter(a.observation().dateTo().plusDays(PairScorer.WINDOW_DAYS))) {
                    break;
                }
                if (find(parent, i) != find(parent, j) && scorer.probability(a, b) >= LINK) {
                    union(parent, i, j);
                }
            }
        }
        Map<Integer, List<Candidate>> components = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            components
                    .computeIfAbsent(find(parent, i), root -> new ArrayList<>())
                    .add(sorted.get(i));
        }
        List<List<Candidate>> incidents = new ArrayList<>();
        for (List<Candidate> component : components.values()) {
            incidents.addAll(component.size() <= SMALL ? agglomerate(component) : sweep(component));
        }
        return incidents;
    }

    /** Two clusters kept apart whose average pair score came close to, or passed, the threshold. */
    public record NearMiss(int first, int second, double linkage) {}

    /** Near misses at or above this average are worth an analyst's look. */
    public static final double REVIEW = 0.35;

    /**
     * Pairs of the given clusters (of one block) that stayed apart with an average pair score of
     * {@value #REVIEW} or more (above the threshold when a contradiction or a shared report kept
     * them apart); only clusters whose dates lie within the window of each other are compared, and
     * at most eight members of each.
     */
    public List<NearMiss> nearMisses(List<List<Candidate>> clusters) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < clusters.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparing((Integer i) -> start(clusters.get(i))).thenComparing(i -> i));
        List<NearMiss> misses = new ArrayList<>();
        for (int a = 0; a < order.size(); a++) {
            List<Candidate> first = clusters.get(order.get(a));
            LocalDate end = end(first).plusDays(PairScorer.WINDOW_DAYS);
            for (int b = a + 1; b < order.size(); b++) {
                List<Candidate> second = clusters.get(order.get(b));
                if (start(second).isAfter(end)) {
                    break;
                }
                double sum = 0;
                int pairs = 0;
                for (Candidate x : first.subList(0, Math.min(8, first.size()))) {
                    for (Candidate y : second.subList(0, Math.min(8, second.size()))) {
                        sum += scorer.probability(x, y);
                        pairs++;
                    }
                }
                double linkage = sum / pairs;
                // clusters kept apart by a contradiction, or by one report, may average above the threshold
                if (linkage >= REVIEW) {
                    int i = Math.min(order.get(a), order.get(b));
                    int j = Math.max(order.get(a), order.get(b));
                    misses.add(new NearMiss(i, j, linkage));
                }
            }
        }
        return misses;
    }

    private static LocalDate start(List<Candidate> cluster) {
        return cluster.stream()
                .map(c -> c.observation().dateFrom())
                .min(LocalDate::compareTo)
                .orElseThrow();
    }

    private static LocalDate end(List<Candidate> cluster) {
        return cluster.stream()
                .map(c -> c.observation().dateTo())
                .max(LocalDate::compareTo)
                .orElseThrow();
    }

    /** Average-linkage merging inside one small component; ties go to the earliest pair. */
    private List<List<Candidate>> agglomerate(List<Candidate> component) {
        int n = component.size();
        double[][] p = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                p[i][j] = scorer.score(component.get(i), component.get(j));
                p[j][i] = p[i][j];
            }
        }
        List<List<Integer>> clusters = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            clusters.add(new ArrayList<>(List.of(i)));
        }
        while (clusters.size() > 1) {
            int m = clusters.size();
            double[][] linkages = new double[m][m];
            boolean[] vague = new boolean[m];
            for (int a = 0; a < m; a++) {
                vague[a] = vague(clusters.get(a).stream().map(component::get).toList());
                for (int b = a + 1; b < m; b++) {
                    linkages[a][b] = linkage(clusters.get(a), clusters.get(b), p, component);
                    linkages[b][a] = linkages[a][b];
                }
            }
            double best = PairScorer.SAME_INCIDENT;
            int bestA = -1;
            int bestB = -1;
            for (int a = 0; a < m; a++) {
                for (int b = a + 1; b < m; b++) {
                    double linkage = linkages[a][b];
                    if ((linkage > best || linkage == best && bestA < 0) && !tossUp(linkages, vague, a, b)) {
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
        return clusters.stream()
                .map(cluster -> cluster.stream().map(component::get).toList())
                .toList();
    }

    /** How much weaker than a pair's linkage a rival's may be and still make the pair a toss-up. */
    private static final double TOSS_UP = 0.1;

    /**
     * Whether the merge of clusters a and b is a toss-up: one of them is vague (no member gives a
     * time of day, a place or a tehsil) and matches a third cluster nearly as well, a cluster the
     * other cannot join (a contradiction or a shared report lies between them). A district-only
     * statement about "the abduction" on a day with two abductions in the district fits both
     * alike; it is joined to neither and the pair goes to the review queue, since merging two real
     * incidents is worse than leaving a duplicate.
     */
    private static boolean tossUp(double[][] linkages, boolean[] vague, int a, int b) {
        double rival = Math.max(PairScorer.SAME_INCIDENT, linkages[a][b] - TOSS_UP);
        for (int c = 0; c < linkages.length; c++) {
            if (c != a
                    && c != b
                    && (vague[a] && linkages[a][c] >= rival && linkages[b][c] < 0
                            || vague[b] && linkages[b][c] >= rival && linkages[a][c] < 0)) {
                return true;
            }
        }
        return false;
    }

    /** Whether no observation of the cluster says when in the day or where in the district. */
    private static boolean vague(List<Candidate> cluster) {
        return cluster.stream()
                .map(Candidate::observation)
                .allMatch(o -> o.time() == null
                        && (o.location() == null
                                || o.location().place() == null && o.location().tehsilPcode() == null));
    }

    private static double linkage(List<Integer> a, List<Integer> b, double[][] p, List<Candidate> component) {
        double sum = 0;
        for (int i : a) {
            for (int j : b) {
                if (p[i][j] == PairScorer.CONTRADICTED
                        || component.get(i).reportId().equals(component.get(j).reportId())) {
                    return -1; // one report, two incidents
                }
                sum += p[i][j];
            }
        }
        return sum / (a.size() * b.size());
    }

    /**
     * One pass in date order: each observation joins the open cluster (one whose latest date lies
     * within the window) it matches best on average, if that reaches the threshold and the cluster
     * holds nothing of its report; otherwise it opens a cluster. Toss-ups are not looked for here:
     * the sweep never merges clusters, so two open clusters may be one incident, and a vague
     * report close to both is no sign of two. The average is taken over a
     * cluster's latest members only, which bounds the cost per observation.
     */
    private List<List<Candidate>> sweep(List<Candidate> component) {
        List<List<Candidate>> clusters = new ArrayList<>();
        List<Set<String>> reports = new ArrayList<>();
        List<LocalDate> ends = new ArrayList<>();
        int firstOpen = 0;
        for (Candidate candidate : component) {
            LocalDate start = candidate.observation().dateFrom();
            while (firstOpen < clusters.size()
                    && ends.get(firstOpen).plusDays(PairScorer.WINDOW_DAYS).isBefore(start)) {
                firstOpen++;
            }
            int best = -1;
            double bestScore = PairScorer.SAME_INCIDENT;
            for (int k = firstOpen; k < clusters.size(); k++) {
                if (ends.get(k).plusDays(PairScorer.WINDOW_DAYS).isBefore(start)
                        || reports.get(k).contains(candidate.reportId())) {
                    continue;
                }
                List<Candidate> members = clusters.get(k);
                double sum = 0;
                int counted = 0;
                for (int m = members.size() - 1; m >= 0 && counted < 8; m--, counted++) {
                    double score = scorer.score(members.get(m), candidate);
                    if (score == PairScorer.CONTRADICTED) {
                        sum = Double.NEGATIVE_INFINITY;
                        break;
                    }
                    sum += score;
                }
                double average = sum / Math.max(1, counted);
                // the threshold counts as a match, as in average linkage
                if (best < 0 ? average >= bestScore : average > bestScore) {
                    bestScore = average;
                    best = k;
                }
            }
            if (best < 0) {
                clusters.add(new ArrayList<>(List.of(candidate)));
                reports.add(new HashSet<>(Set.of(candidate.reportId())));
                ends.add(candidate.observation().dateTo());
            } else {
                clusters.get(best).add(candidate);
                reports.get(best).add(candidate.reportId());
                if (candidate.observation().dateTo().isAfter(ends.get(best))) {
                    ends.set(best, candidate.observation().dateTo());
                }
            }
        }
        return clusters;
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
