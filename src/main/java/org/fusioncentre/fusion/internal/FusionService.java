package org.fusioncentre.fusion.internal;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongConsumer;
import org.fusioncentre.access.Audience;
import org.fusioncentre.access.AuditLog;
import org.fusioncentre.access.AuditRecord;
import org.fusioncentre.access.Marking;
import org.fusioncentre.access.RecordAccess;
import org.fusioncentre.extraction.Extraction;
import org.fusioncentre.extraction.Observation;
import org.fusioncentre.extraction.ObservationBlock;
import org.fusioncentre.extraction.StoredObservation;
import org.fusioncentre.fusion.Decision;
import org.fusioncentre.fusion.DecisionRejected;
import org.fusioncentre.fusion.Fusion;
import org.fusioncentre.fusion.Incident;
import org.fusioncentre.fusion.IncidentFact;
import org.fusioncentre.fusion.IncidentId;
import org.fusioncentre.fusion.IncidentPage;
import org.fusioncentre.fusion.IncidentQuery;
import org.fusioncentre.fusion.IncidentUpdated;
import org.fusioncentre.fusion.ReviewItem;
import org.fusioncentre.fusion.scoring.Candidate;
import org.fusioncentre.fusion.scoring.Clusters;
import org.fusioncentre.fusion.scoring.Decisions;
import org.fusioncentre.fusion.scoring.FusionAreas;
import org.fusioncentre.fusion.scoring.IncidentFuser;
import org.fusioncentre.intake.Intake;
import org.fusioncentre.intake.ReportId;
import org.fusioncentre.intake.ReportSummary;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps incidents current: a block (a district's observations) is re-fused whole whenever one of
 * its observations changes, so the incidents depend only on the set of observations, never on the
 * order they arrived in, and equal what {@link #rebuild} computes.
 */
@Service
class FusionService implements Fusion {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Extraction extraction;
    private final Intake intake;
    private final Clusters clusters;
    private final IncidentFuser fuser;
    private final IncidentStore store;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final AuditLog audit;
    private final FusionAreas areas;
    private final CandidateReader reader;
    private final BorderLending lending;
    private final Map<String, ReentrantLock> blockLocks = new ConcurrentHashMap<>();

    FusionService(
            Extraction extraction,
            Intake intake,
            Clusters clusters,
            IncidentFuser fuser,
            IncidentStore store,
            ApplicationEventPublisher events,
            PlatformTransactionManager transactionManager,
            Clock clock,
            AuditLog audit,
            FusionAreas areas,
            CandidateReader reader,
            BorderLending lending) {
        this.extraction = extraction;
        this.intake = intake;
        this.clusters = clusters;
        this.fuser = fuser;
        this.store = store;
        this.events = events;
        this.transactions = new TransactionTemplate(transactionManager);
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
        this.audit = audit;
        this.areas = areas;
        this.reader = reader;
        this.lending = lending;
    }

    @Override
    public Optional<Incident> incident(IncidentId id, Audience audience) {
        return transactions.execute(status -> store.findStored(id).flatMap(stored -> read(stored, audience)));
    }

    @Override
    public IncidentPage incidents(IncidentQuery query, Audience audience) {
        return requireNonNull(transactions.execute(
                status -> store.list(query, stored -> read(stored, audience, query.marking()), plain(audience))));
    }

    /** What the audience sees of a stored incident; a read of AMBER or stricter data is audited. */
    private Optional<Incident> read(IncidentStore.Stored stored, Audience audience) {
        return read(stored, audience, null);
    }

    /** The same, and nothing when what the audience sees holds no report marked at least {@code atLeast}. */
    private Optional<Incident> read(IncidentStore.Stored stored, Audience audience, @Nullable Marking atLeast) {
        Optional<Seen> seen = seenBy(stored, audience)
                .filter(found -> atLeast == null || found.marking().compareTo(atLeast) >= 0);
        seen.filter(found -> found.marking().compareTo(Marking.AMBER) >= 0)
                .ifPresent(found -> audit.record(new AuditRecord(
                        audience.name(),
                        "incident.read",
                        "incident",
                        found.incident().id().toString(),
                        null,
                        null,
                        found.marking(),
                        null)));
        // a public export leaves the instance: no account names go with it
        return seen.map(Seen::incident)
                .map(incident ->
                        audience.kind() == Audience.Kind.PUBLIC ? Decisions.withoutAnalysts(incident) : incident);
    }

    /** An incident as one audience sees it, and the strictest marking among the reports it is fused from. */
    private record Seen(Incident incident, Marking marking) {}

    /**
     * What an audience sees of an incident: all of it when it may see every report, nothing when
     * it may see none, else the incident fused again from the reports it may see.
     */
    private Optional<Seen> seenBy(IncidentStore.Stored stored, Audience audience) {
        Incident whole = stored.incident();
        if (audience.seesAllMarked(stored.marking())) {
            return Optional.of(new Seen(whole, stored.marking()));
        }
        Map<ReportId, RecordAccess> access = intake.access(whole.members().stream()
                .map(member -> ReportId.parse(member.reportId()))
                .distinct()
                .toList());
        Set<String> visibleReports = new java.util.HashSet<>();
        Marking strictest = Marking.CLEAR;
        for (Map.Entry<ReportId, RecordAccess> entry : access.entrySet()) {
            if (audience.maySee(entry.getValue())) {
                visibleReports.add(entry.getKey().toString());
                if (entry.getValue().marking().compareTo(strictest) > 0) {
                    strictest = entry.getValue().marking();
                }
            }
        }
        List<Incident.Member> visible = whole.members().stream()
                .filter(member -> visibleReports.contains(member.reportId()))
                .toList();
        if (visible.isEmpty()) {
            return Optional.empty();
        }
        if (visible.size() == whole.members().size()) {
            return Optional.of(new Seen(whole, strictest));
        }
        Set<String> observationIds = new java.util.HashSet<>();
        visible.forEach(member -> observationIds.add(member.observationId()));
        List<StoredObservation> observations = new ArrayList<>();
        visibleReports.stream()
                .sorted()
                .forEach(report -> extraction.observations(ReportId.parse(report)).stream()
                        .filter(observation ->
                                observationIds.contains(observation.id().toString()))
                        .forEach(observations::add));
        List<Candidate> candidates = reader.candidates(observations);
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Seen(Decisions.partial(whole, fuser.fuse(candidates)), strictest));
    }

    @Override
    public long incidentCount() {
        return store.count();
    }

    @Override
    public void eachIncidentFact(LocalDate to, Audience audience, java.util.function.Consumer<IncidentFact> consumer) {
        store.eachFact(to, plain(audience), stored -> seenBy(stored, audience).map(Seen::incident), consumer);
    }

    /**
     * The markings whose incidents the audience sees as stored, whatever they are about; never
     * empty (every audience sees CLEAR).
     */
    private static Set<Marking> plain(Audience audience) {
        Set<Marking> plain = java.util.EnumSet.noneOf(Marking.class);
        for (Marking marking : Marking.values()) {
            if (audience.seesAllMarked(marking)) {
                plain.add(marking);
            }
        }
        return plain;
    }

    @Override
    public boolean seesAsOperator(Audience audience) {
        if (audience.seesEverything()) {
            return true;
        }
        for (IncidentStore.Stored stored : store.beyond(Marking.GREEN)) {
            if (!audience.seesAllMarked(stored.marking())) {
                Optional<Seen> seen = seenBy(stored, audience);
                if (seen.isEmpty() || !seen.get().incident().equals(stored.incident())) {
                    return false;
                }
            }
        }
        return audience.seesAllMarked(Marking.GREEN) || store.count() == 0;
    }

    @Override
    public long fusePending(LongConsumer progress) {
        Set<FusionAreas.Area> blocks = new java.util.LinkedHashSet<>();
        store.unfusedBlocks(extraction.currentVersions()).forEach(cell -> blocks.add(areas.of(cell)));
        // blocks whose incidents hold observations no longer current (re-extracted, or moved to
        // another district by a new extractor version)
        store.staleBlocks(extraction.currentVersions()).forEach(key -> blocks.add(areas.fromKey(key)));
        // and blocks gaining or losing an observation lent across a district border
        relend(store.changes(extraction.currentVersions())).forEach(key -> blocks.add(areas.fromKey(key)));
        long done = 0;
        for (FusionAreas.Area block : blocks) {
            fuse(block);
            progress.accept(++done);
        }
        return done;
    }

    @Override
    public long rebuild(LongConsumer progress) {
        transactions.executeWithoutResult(status -> store.deleteAll());
        Set<FusionAreas.Area> blocks = new java.util.LinkedHashSet<>();
        extraction.blocks().forEach(cell -> blocks.add(areas.of(cell)));
        relend(store.changes(extraction.currentVersions()));
        long done = 0;
        for (FusionAreas.Area block : blocks) {
            fuse(block);
            progress.accept(++done);
        }
        return store.count();
    }

    /** Decides again, in one transaction, where observations near these changes are fused; returns the blocks moved. */
    private Set<String> relend(List<BorderLending.Change> changes) {
        store.ensureBlock(BorderLending.LOCK_KEY);
        return requireNonNull(transactions.execute(status -> lending.relend(changes)));
    }

    @Override
    public Incident merge(IncidentId id, IncidentId other, Audience analyst, @Nullable String reason) {
        Incident incident = existing(id, analyst);
        Incident absorbed = existing(other, analyst);
        if (id.equals(other)) {
            throw new DecisionRejected("an incident cannot be merged with itself", false);
        }
        String block = blockOf(id);
        String otherBlock = blockOf(other);
        List<String> observations = new ArrayList<>(observationIds(incident));
        observations.addAll(observationIds(absorbed));
        // incidents of two blocks (neighbouring districts, a district and its province): the
        // absorbed incident's observations move to the first one's block, by this decision
        Map<String, BorderLending.Loan> moves = new HashMap<>();
        if (!block.equals(otherBlock)) {
            for (StoredObservation moved : extraction.currentById(observationIds(absorbed))) {
                String home = areas.of(ObservationBlock.of(moved.observation())).key();
                moves.put(moved.id().toString(), new BorderLending.Loan(home, block));
            }
        }
        // the value names the absorbed incident's anchor, the first observation its own
        decide(
                Decision.Kind.MERGE,
                incident,
                block,
                observations,
                null,
                observationIds(absorbed).getFirst(),
                analyst,
                reason,
                moves);
        if (!moves.isEmpty()) {
            fuse(areas.fromKey(otherBlock));
        }
        return holding(observations.getFirst(), analyst);
    }

    @Override
    public List<Incident> split(IncidentId id, List<String> observations, Audience analyst, @Nullable String reason) {
        Incident incident = existing(id, analyst);
        List<String> members = observationIds(incident);
        if (observations.isEmpty()) {
            throw new DecisionRejected("name the observations to move out", false);
        }
        for (String observation : observations) {
            if (!members.contains(observation)) {
                throw new DecisionRejected("observation " + observation + " is not in incident " + id, false);
            }
        }
        if (new java.util.HashSet<>(observations).containsAll(members)) {
            throw new DecisionRejected("a split must leave at least one observation in the incident", false);
        }
        decide(Decision.Kind.SPLIT, incident, blockOf(id), observations, null, null, analyst, reason, Map.of());
        String kept = members.stream()
                .filter(m -> !observations.contains(m))
                .findFirst()
                .orElseThrow();
        return List.of(holding(kept, analyst), holding(observations.getFirst(), analyst));
    }

    @Override
    public Incident confirm(IncidentId id, Audience analyst, @Nullable String reason) {
        return mark(Decision.Kind.CONFIRM, id, null, null, analyst, reason);
    }

    @Override
    public Incident correct(IncidentId id, String field, String value, Audience analyst, @Nullable String reason) {
        try {
            Decisions.validate(field, value);
        } catch (RuntimeException e) {
            throw new DecisionRejected("bad correction of " + field + ": " + e.getMessage(), false);
        }
        return mark(Decision.Kind.CORRECT, id, field, value.strip(), analyst, reason);
    }

    @Override
    public Incident notAnIncident(IncidentId id, Audience analyst, @Nullable String reason) {
        return mark(Decision.Kind.NOT_INCIDENT, id, null, null, analyst, reason);
    }

    @Override
    public List<ReviewItem> reviewQueue(int limit, Audience audience) {
        if (audience.seesEverything()) {
            return store.review(limit);
        }
        // items the audience cannot see both sides of are left out: read further to fill the list
        return store.review(Math.min(limit * 5, 5_000)).stream()
                .filter(item -> visible(item.incident(), audience) && visible(item.candidate(), audience))
                .limit(limit)
                .toList();
    }

    private boolean visible(IncidentId id, Audience audience) {
        return store.findStored(id).flatMap(stored -> seenBy(stored, audience)).isPresent();
    }

    @Override
    public List<Decision> decisions(IncidentId id, Audience audience) {
        Incident incident = store.findStored(id)
                .flatMap(stored -> seenBy(stored, audience))
                .map(Seen::incident)
                .orElseThrow(() -> new DecisionRejected("no incident with id " + id, true));
        java.util.Set<String> members = new java.util.HashSet<>(observationIds(incident));
        List<Decision> concerned = store.decisions(storedKeys(areas.fromKey(blockOf(id)))).stream()
                .filter(decision -> decision.observations().stream().anyMatch(members::contains))
                .toList();
        if (audience.seesEverything()) {
            return concerned;
        }
        // a decision also names observations of reports the reader may not see, and its reason
        // may speak of them: those ids are left out, and the reason and merged anchor withheld
        Set<String> named = new java.util.HashSet<>();
        concerned.forEach(decision -> {
            named.addAll(decision.observations());
            if (decision.kind() == Decision.Kind.MERGE && decision.value() != null) {
                named.add(decision.value());
            }
        });
        Map<String, String> reports = store.reportsOf(named);
        Map<ReportId, RecordAccess> access = intake.access(
                reports.values().stream().distinct().map(ReportId::parse).toList());
        Set<String> visible = new java.util.HashSet<>();
        reports.forEach((observation, report) -> {
            RecordAccess record = access.get(ReportId.parse(report));
            if (record != null && audience.maySee(record)) {
                visible.add(observation);
            }
        });
        List<Decision> shown = new ArrayList<>();
        for (Decision decision : concerned) {
            boolean whole = visible.containsAll(decision.observations())
                    && (decision.kind() != Decision.Kind.MERGE
                            || decision.value() == null
                            || visible.contains(decision.value()));
            shown.add(
                    whole
                            ? decision
                            : new Decision(
                                    decision.id(),
                                    decision.kind(),
                                    decision.incidentId(),
                                    decision.blockKey(),
                                    decision.observations().stream()
                                            .filter(visible::contains)
                                            .toList(),
                                    decision.field(),
                                    decision.kind() == Decision.Kind.MERGE ? null : decision.value(),
                                    decision.analyst(),
                                    null,
                                    decision.decidedAt()));
        }
        return shown;
    }

    private Incident mark(
            Decision.Kind kind,
            IncidentId id,
            @Nullable String field,
            @Nullable String value,
            Audience analyst,
            @Nullable String reason) {
        Incident incident = existing(id, analyst);
        List<String> observations = observationIds(incident);
        decide(kind, incident, blockOf(id), observations, field, value, analyst, reason, Map.of());
        return holding(observations.getFirst(), analyst);
    }

    /**
     * Stores an analyst's decision and re-fuses its block with it, moving {@code moves} into the
     * block first (a merge across blocks; empty otherwise).
     */
    private void decide(
            Decision.Kind kind,
            Incident incident,
            String block,
            List<String> observations,
            @Nullable String field,
            @Nullable String value,
            Audience who,
            @Nullable String reason,
            Map<String, BorderLending.Loan> moves) {
        String analyst = who.name();
        if (analyst.isBlank()) {
            throw new DecisionRejected("a decision must name the analyst who takes it", false);
        }
        if (analyst.strip().length() > 200
                || reason != null && reason.length() > 2000
                || value != null && value.length() > 200) {
            throw new DecisionRejected("analyst and value take at most 200 characters, reason 2,000", false);
        }
        Decision decision = new Decision(
                java.util.UUID.randomUUID(),
                kind,
                incident.id(),
                block,
                observations,
                field,
                value,
                analyst.strip(),
                reason,
                clock.instant());
        fuse(areas.fromKey(block), decision, moves);
        // a confirmation or correction changes no membership, so fusing announces nothing: say it here
        store.incidentOf(observations.getFirst())
                .ifPresent(changed -> transactions.executeWithoutResult(
                        status -> events.publishEvent(new IncidentUpdated(changed, false))));
    }

    /**
     * The whole incident an analyst decides on: it must be visible to them, at least in part, and
     * lie within their jurisdiction (an incident nothing located, within national jurisdiction).
     */
    private Incident existing(IncidentId id, Audience analyst) {
        IncidentStore.Stored stored = store.findStored(id)
                .filter(found -> seenBy(found, analyst).isPresent())
                .orElseThrow(() -> new DecisionRejected(
                        "no incident with id " + id + " (it may have been merged into another or split)", true));
        Observation.Location location = stored.incident().location();
        String unit = location == null
                ? null
                : location.districtPcode() != null ? location.districtPcode() : location.provincePcode();
        boolean permitted = unit == null
                ? analyst.seesEverything() || analyst.jurisdiction().isNational()
                : analyst.mayActOn(unit);
        if (!permitted) {
            throw DecisionRejected.forbidden("incident " + id + " lies outside the jurisdiction "
                    + analyst.jurisdiction().code() + " of " + analyst.name());
        }
        return stored.incident();
    }

    private String blockOf(IncidentId id) {
        return store.blockOf(id).orElseThrow(() -> new DecisionRejected("no incident with id " + id, true));
    }

    /** The incident holding an observation, as the analyst who just decided on it sees it. */
    private Incident holding(String observationId, Audience analyst) {
        IncidentStore.Stored stored = store.incidentOf(observationId)
                .flatMap(store::findStored)
                .orElseThrow(() -> new IllegalStateException("observation " + observationId + " is in no incident"));
        return seenBy(stored, analyst)
                .map(Seen::incident)
                .orElseThrow(
                        () -> new DecisionRejected("the incident is no longer visible to " + analyst.name(), true));
    }

    private static List<String> observationIds(Incident incident) {
        return incident.members().stream().map(Incident.Member::observationId).toList();
    }

    /**
     * The keys a block's incidents and decisions may be stored under: those of its cells, stored
     * before their district joined an area, then its own (last).
     */
    private static List<String> storedKeys(FusionAreas.Area block) {
        List<String> keys = new ArrayList<>();
        block.cells().stream()
                .map(ObservationBlock::key)
                .filter(cell -> !cell.equals(block.key()))
                .forEach(keys::add);
        keys.add(block.key());
        return keys;
    }

    /** Re-fuses the blocks a report's current observations lie in. */
    void fuseReport(ReportId report) {
        Set<FusionAreas.Area> blocks = new LinkedHashSet<>();
        List<BorderLending.Change> changes = new ArrayList<>();
        for (StoredObservation stored : extraction.observations(report)) {
            Observation observation = stored.observation();
            blocks.add(areas.of(ObservationBlock.of(observation)));
            if (observation.location() != null && observation.location().districtPcode() != null) {
                changes.add(new BorderLending.Change(
                        observation.location().districtPcode(), observation.dateFrom(), observation.dateTo()));
            }
        }
        relend(changes).forEach(key -> blocks.add(areas.fromKey(key)));
        blocks.forEach(this::fuse);
    }

    /** Fuses one block from its current observations and replaces its incidents. */
    void fuse(FusionAreas.Area block) {
        fuse(block, null, Map.of());
    }

    /**
     * Fuses one block from its current observations and replaces its incidents, in one
     * transaction that holds the block's row lock: what it reads and what it writes belong
     * together, across processes. A decision given is stored in the same transaction first, with
     * the observations it moves into the block.
     */
    private void fuse(FusionAreas.Area block, @Nullable Decision decision, Map<String, BorderLending.Loan> moves) {
        String key = block.key();
        List<String> keys = storedKeys(block);
        List<String> earlier = keys.subList(0, keys.size() - 1);
        store.ensureBlock(key);
        ReentrantLock lock = blockLocks.computeIfAbsent(key, k -> new ReentrantLock());
        lock.lock();
        try {
            transactions.executeWithoutResult(status -> {
                store.lockBlock(key);
                if (decision != null) {
                    store.addDecision(decision);
                    if (!moves.isEmpty()) {
                        store.pin(moves, decision.id());
                    }
                }
                List<StoredObservation> observations = new ArrayList<>();
                block.cells().forEach(cell -> observations.addAll(extraction.current(cell)));
                // observations placed by their district alone that match better across the border
                Set<String> lent = store.lentFrom(key);
                observations.removeIf(
                        observation -> lent.contains(observation.id().toString()));
                Set<String> borrowed = store.lentTo(key);
                observations.forEach(
                        observation -> borrowed.remove(observation.id().toString()));
                if (!borrowed.isEmpty()) {
                    observations.addAll(extraction.currentById(borrowed));
                }
                Map<ReportId, ReportSummary> reports = reader.summaries(observations);
                List<Candidate> candidates = reader.candidates(observations, reports);
                // without any location, each observation is its own incident: nothing to compare
                List<List<Candidate>> automatic = key.equals(ObservationBlock.UNPLACED_KEY)
                        ? candidates.stream().map(List::of).toList()
                        : clusters.of(candidates);
                List<Decision> decisions = current(store.decisions(keys));
                List<List<Candidate>> regrouped = Decisions.regroup(automatic, decisions);
                List<Incident> incidents = new ArrayList<>();
                for (List<Candidate> cluster : regrouped) {
                    incidents.add(Decisions.mark(fuser.fuse(cluster), decisions));
                }
                List<ReviewItem> review = new ArrayList<>();
                for (Clusters.NearMiss miss : clusters.nearMisses(regrouped)) {
                    Incident first = incidents.get(miss.first());
                    Incident second = incidents.get(miss.second());
                    if (first.status() == Incident.Status.AUTOMATIC && second.status() == Incident.Status.AUTOMATIC) {
                        review.add(new ReviewItem(first.id(), second.id(), Math.round(miss.linkage() * 1000) / 1000.0));
                    }
                }
                Map<IncidentId, Set<String>> before = new HashMap<>();
                for (String stored : keys) {
                    before.putAll(store.membersOf(stored));
                }
                if (decision != null) {
                    // in this transaction: the decision, the incidents it makes and its entry commit together
                    audit.record(auditRecord(decision, before, incidents));
                }
                for (String stale : earlier) {
                    store.replaceBlock(stale, List.of(), Map.of(), clock.instant());
                    store.replaceReview(stale, List.of());
                }
                store.replaceBlock(key, incidents, markings(reports), clock.instant());
                store.replaceReview(key, review);
                for (Incident incident : incidents) {
                    Set<String> members = new TreeSet<>();
                    incident.members().forEach(member -> members.add(member.observationId()));
                    if (!members.equals(before.remove(incident.id()))) {
                        events.publishEvent(new IncidentUpdated(incident.id(), false));
                    }
                }
                before.keySet().forEach(gone -> events.publishEvent(new IncidentUpdated(gone, true)));
            });
        } finally {
            lock.unlock();
        }
    }

    /**
     * The audit entry of an analyst's decision: the incidents holding its observations before and
     * after it, with their members, so a reader sees what the decision changed.
     */
    private static AuditRecord auditRecord(
            Decision decision, Map<IncidentId, Set<String>> before, List<Incident> after) {
        Set<String> concerned = new java.util.HashSet<>(decision.observations());
        if (decision.kind() == Decision.Kind.MERGE && decision.value() != null) {
            concerned.add(decision.value());
        }
        List<Map<String, Object>> previous = new ArrayList<>();
        before.entrySet().stream()
                .sorted(Map.Entry.comparingByKey(java.util.Comparator.comparing(IncidentId::toString)))
                .filter(entry -> entry.getValue().stream().anyMatch(concerned::contains))
                .forEach(entry -> previous.add(Map.of(
                        "id",
                        entry.getKey().toString(),
                        "observations",
                        List.copyOf(new TreeSet<>(entry.getValue())))));
        List<Map<String, Object>> current = new ArrayList<>();
        for (Incident incident : after) {
            List<String> members = observationIds(incident);
            if (members.stream().anyMatch(concerned::contains)) {
                current.add(Map.of(
                        "id",
                        incident.id().toString(),
                        "status",
                        incident.status().name(),
                        "observations",
                        List.copyOf(new TreeSet<>(members))));
            }
        }
        Map<String, Object> change = new java.util.LinkedHashMap<>();
        change.put("decision", decision.id().toString());
        if (decision.field() != null) {
            change.put("field", decision.field());
            change.put("value", decision.value());
        }
        change.put("incidents", current);
        String action = switch (decision.kind()) {
            case MERGE -> "incident.merge";
            case SPLIT -> "incident.split";
            case CONFIRM -> "incident.confirm";
            case CORRECT -> "incident.correct";
            case NOT_INCIDENT -> "incident.not-an-incident";
        };
        return new AuditRecord(
                decision.analyst(),
                action,
                "incident",
                decision.incidentId().toString(),
                JSON.writeValueAsString(Map.of("incidents", previous)),
                JSON.writeValueAsString(change),
                null,
                decision.reason());
    }

    /**
     * Decisions with their observations translated to the current extractor version: a decision
     * taken on version 1's observations still applies after re-extraction by version 2 (the same
     * report and place in it).
     */
    private List<Decision> current(List<Decision> decisions) {
        java.util.Set<String> named = new java.util.HashSet<>();
        decisions.forEach(decision -> {
            named.addAll(decision.observations());
            if (decision.kind() == Decision.Kind.MERGE && decision.value() != null) {
                named.add(decision.value());
            }
        });
        Map<String, String> equivalents = extraction.currentEquivalents(named);
        if (equivalents.isEmpty()) {
            return decisions;
        }
        return decisions.stream()
                .map(decision -> new Decision(
                        decision.id(),
                        decision.kind(),
                        decision.incidentId(),
                        decision.blockKey(),
                        decision.observations().stream()
                                .map(id -> equivalents.getOrDefault(id, id))
                                .toList(),
                        decision.field(),
                        decision.kind() == Decision.Kind.MERGE && decision.value() != null
                                ? equivalents.getOrDefault(decision.value(), decision.value())
                                : decision.value(),
                        decision.analyst(),
                        decision.reason(),
                        decision.decidedAt()))
                .toList();
    }

    /** The marking of each report, by report id. */
    private static Map<String, Marking> markings(Map<ReportId, ReportSummary> reports) {
        Map<String, Marking> markings = new HashMap<>();
        reports.forEach((id, report) -> markings.put(id.toString(), report.marking()));
        return markings;
    }
}
