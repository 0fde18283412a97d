package org.fusioncentre.fusion.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.fusioncentre.extraction.Extraction;
import org.fusioncentre.extraction.Observation;
import org.fusioncentre.extraction.ObservationBlock;
import org.fusioncentre.extraction.StoredObservation;
import org.fusioncentre.fusion.scoring.Candidate;
import org.fusioncentre.fusion.scoring.FusionAreas;
import org.fusioncentre.fusion.scoring.Loans;
import org.fusioncentre.fusion.scoring.PairScorer;
import org.springframework.stereotype.Component;

/**
 * Keeps {@link Loans} current: when observations change, decides again where the observations
 * placed by their district alone near them are fused, stores the loans, and names the blocks whose
 * set of observations that changes — they must be fused again.
 *
 * <p>A loan depends on the observations of the lent one's block and of its neighbours' blocks
 * within a few days of it; so a change in district D on day t can move only observations of D or a
 * district next to it (or sharing an area with either) dated within {@link Loans#REACH_DAYS} days
 * of t. Those are decided again, reading the observations around them two months at a time.
 */
@Component
class BorderLending {
    /** Days of lendable observations decided per read of the observations around them. */
    private static final int CHUNK_DAYS = 60;

    /** The {@code fusion_block} row that serialises decisions on loans. */
    static final String LOCK_KEY = "L:loans";

    /** A district whose observations changed on these days. */
    record Change(String district, LocalDate from, LocalDate to) {}

    /** Where an observation is fused: its own block, or (lent) a neighbour's. */
    record Loan(String home, String block) {
        boolean lent() {
            return !home.equals(block);
        }
    }

    private record Days(LocalDate from, LocalDate to) {
        boolean meets(LocalDate start, LocalDate end) {
            return !from.isAfter(end) && !to.isBefore(start);
        }
    }

    private final Extraction extraction;
    private final FusionAreas areas;
    private final Loans loans;
    private final IncidentStore store;
    private final CandidateReader reader;
    private final boolean enabled;

    BorderLending(
            Extraction extraction,
            FusionAreas areas,
            Loans loans,
            IncidentStore store,
            CandidateReader reader,
            ScoringProperties properties) {
        this.enabled = properties.acrossBorders();
        this.extraction = extraction;
        this.areas = areas;
        this.loans = loans;
        this.store = store;
        this.reader = reader;
    }

    /**
     * Decides again where the lendable observations these changes can concern are fused, and
     * stores it; returns the keys of the blocks that gain or lose an observation by it (and of
     * those that held loans of observations no longer current).
     */
    Set<String> relend(Collection<Change> changes) {
        // one decision at a time: a slower one must not overwrite a newer one's loans (the caller
        // makes sure the row exists, outside this transaction)
        store.lockBlock(LOCK_KEY);
        Set<String> moved = new TreeSet<>();
        List<IncidentStore.StaleLoan> stale = store.takeStaleLoans(extraction.currentVersions());
        stale.stream().filter(loan -> loan.decision() == null).forEach(loan -> {
            moved.add(loan.loan().home());
            moved.add(loan.loan().block());
        });
        moved.addAll(repin(stale));
        if (!enabled) {
            moved.addAll(store.dropAutomaticLoans());
            return moved;
        }
        Map<String, List<Days>> reach = reach(changes);
        if (reach.isEmpty()) {
            return moved;
        }
        Map<String, Loan> decided = new HashMap<>();
        for (Days span : merged(reach.values().stream().flatMap(List::stream).toList())) {
            for (LocalDate start = span.from(); !start.isAfter(span.to()); start = start.plusDays(CHUNK_DAYS)) {
                LocalDate end = min(span.to(), start.plusDays(CHUNK_DAYS - 1));
                decide(reach, start, end, decided);
            }
        }
        // an analyst's move stands
        decided.keySet().removeAll(store.pinned(decided.keySet()));
        Map<String, String> before = store.lentBlocks(decided.keySet());
        decided.forEach((observation, loan) -> {
            String was = before.getOrDefault(observation, loan.home());
            if (!was.equals(loan.block())) {
                moved.add(was);
                moved.add(loan.block());
            }
        });
        store.saveLoans(decided);
        return moved;
    }

    /**
     * An analyst's moves of observations no longer current: to the current observation of the same
     * report and place, from wherever that one is placed now; kept as they are while the report
     * waits for re-extraction. Returns the blocks whose observations that changes.
     */
    private Set<String> repin(List<IncidentStore.StaleLoan> stale) {
        Set<String> moved = new TreeSet<>();
        List<IncidentStore.StaleLoan> pinned =
                stale.stream().filter(loan -> loan.decision() != null).toList();
        if (pinned.isEmpty()) {
            return moved;
        }
        Map<String, String> equivalents = extraction.currentEquivalents(
                pinned.stream().map(IncidentStore.StaleLoan::observationId).toList());
        Map<String, String> homes = new HashMap<>();
        extraction
                .currentById(equivalents.values())
                .forEach(current -> homes.put(
                        current.id().toString(),
                        areas.of(ObservationBlock.of(current.observation())).key()));
        for (IncidentStore.StaleLoan loan : pinned) {
            String current = equivalents.get(loan.observationId());
            if (current == null) {
                store.pin(Map.of(loan.observationId(), loan.loan()), loan.decision());
            } else if (homes.containsKey(current)) {
                Loan repinned = new Loan(homes.get(current), loan.loan().block());
                store.pin(Map.of(current, repinned), loan.decision());
                moved.add(loan.loan().home());
                moved.add(repinned.home());
                moved.add(repinned.block());
            }
        }
        return moved;
    }

    /** Each district whose lendable observations a change may move, with the days it may move them on. */
    private Map<String, List<Days>> reach(Collection<Change> changes) {
        Map<String, List<Days>> reach = new TreeMap<>();
        for (Change change : changes) {
            Days days = new Days(
                    change.from().minusDays(Loans.REACH_DAYS), change.to().plusDays(PairScorer.WINDOW_DAYS));
            for (String district : reachedFrom(change.district())) {
                reach.computeIfAbsent(district, d -> new ArrayList<>()).add(days);
            }
        }
        reach.replaceAll((district, days) -> merged(days));
        return reach;
    }

    /**
     * The lendable observations of the districts reached on days {@code start..end} (by their
     * first day), each placed by {@link Loans#blockOf}.
     */
    private void decide(Map<String, List<Days>> reach, LocalDate start, LocalDate end, Map<String, Loan> decided) {
        Set<String> homes = new TreeSet<>();
        reach.forEach((district, days) -> {
            if (days.stream().anyMatch(d -> d.meets(start, end))) {
                homes.add(district);
            }
        });
        if (homes.isEmpty()) {
            return;
        }
        Set<String> read = new TreeSet<>();
        homes.forEach(home -> read.addAll(around(home)));
        // what a lendable observation starting start..end is compared with starts within this span
        List<StoredObservation> nearby = extraction.current(
                read, start.minusDays(Loans.REACH_DAYS), end.plusDays(Loans.SPAN_DAYS + PairScorer.WINDOW_DAYS));
        boolean any = nearby.stream().anyMatch(stored -> lendableHere(stored.observation(), homes, start, end));
        if (!any) {
            return;
        }
        Map<String, List<Candidate>> byBlock = new HashMap<>();
        List<Candidate> lendable = new ArrayList<>();
        for (Candidate candidate : reader.candidates(nearby)) {
            String block = blockKey(candidate.observation().location().districtPcode());
            byBlock.computeIfAbsent(block, key -> new ArrayList<>()).add(candidate);
            if (lendableHere(candidate.observation(), homes, start, end)) {
                lendable.add(candidate);
            }
        }
        for (Candidate candidate : lendable) {
            String district = candidate.observation().location().districtPcode();
            String home = blockKey(district);
            Map<String, List<Candidate>> abroad = new TreeMap<>();
            for (String neighbour : areas.neighbours(district)) {
                String block = blockKey(neighbour);
                abroad.putIfAbsent(block, byBlock.getOrDefault(block, List.of()));
            }
            String block = loans.blockOf(candidate, home, byBlock.getOrDefault(home, List.of()), abroad);
            decided.put(candidate.observationId(), new Loan(home, block));
        }
    }

    /** Whether an observation is one of those decided on now: lendable, of a home reached, starting start..end. */
    private static boolean lendableHere(Observation observation, Set<String> homes, LocalDate start, LocalDate end) {
        LocalDate first = observation.dateFrom();
        return Loans.lendable(observation)
                && homes.contains(observation.location().districtPcode())
                && !first.isBefore(start)
                && !first.isAfter(end);
    }

    /**
     * A district, its neighbours, and the districts sharing a fusion block with any of them: the
     * observations a lent observation of the district is compared with lie there.
     */
    private Set<String> around(String district) {
        Set<String> around = new TreeSet<>();
        around.addAll(blockDistricts(district));
        for (String neighbour : areas.neighbours(district)) {
            around.addAll(blockDistricts(neighbour));
        }
        return around;
    }

    /** The districts whose lent observations may be compared with one of this district: those it is {@link #around}. */
    private Set<String> reachedFrom(String district) {
        Set<String> reached = new TreeSet<>();
        for (String mate : blockDistricts(district)) {
            reached.add(mate);
            reached.addAll(areas.neighbours(mate));
        }
        return reached;
    }

    private Set<String> blockDistricts(String district) {
        Set<String> districts = new TreeSet<>();
        districts.add(district);
        for (ObservationBlock cell :
                areas.of(new ObservationBlock(district, null)).cells()) {
            if (cell.districtPcode() != null) {
                districts.add(cell.districtPcode());
            }
        }
        return districts;
    }

    private String blockKey(String district) {
        return areas.of(new ObservationBlock(district, null)).key();
    }

    private static List<Days> merged(List<Days> days) {
        List<Days> sorted = new ArrayList<>(days);
        sorted.sort(java.util.Comparator.comparing(Days::from));
        List<Days> merged = new ArrayList<>();
        for (Days next : sorted) {
            if (!merged.isEmpty() && !next.from().isAfter(merged.getLast().to().plusDays(1))) {
                Days last = merged.removeLast();
                merged.add(new Days(last.from(), max(last.to(), next.to())));
            } else {
                merged.add(next);
            }
        }
        return merged;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
