package org.fusioncentre.fusion.internal;

import java.time.Clock;
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
import org.fusioncentre.extraction.Extraction;
import org.fusioncentre.extraction.ObservationBlock;
import org.fusioncentre.extraction.StoredObservation;
import org.fusioncentre.fusion.Fusion;
import org.fusioncentre.fusion.Incident;
import org.fusioncentre.fusion.IncidentId;
import org.fusioncentre.fusion.IncidentPage;
import org.fusioncentre.fusion.IncidentQuery;
import org.fusioncentre.fusion.IncidentUpdated;
import org.fusioncentre.fusion.scoring.Candidate;
import org.fusioncentre.fusion.scoring.Clusters;
import org.fusioncentre.fusion.scoring.IncidentFuser;
import org.fusioncentre.intake.Intake;
import org.fusioncentre.intake.Report;
import org.fusioncentre.intake.ReportId;
import org.fusioncentre.intake.Source;
import org.fusioncentre.intake.SourceId;
import org.fusioncentre.intake.SourceKind;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps incidents current: a block (a district's observations) is re-fused whole whenever one of
 * its observations changes, so the incidents depend only on the set of observations, never on the
 * order they arrived in, and equal what {@link #rebuild} computes.
 */
@Service
class FusionService implements Fusion {
    private static final int CHUNK = 500;

    private final Extraction extraction;
    private final Intake intake;
    private final Clusters clusters;
    private final IncidentFuser fuser;
    private final IncidentStore store;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final Map<String, ReentrantLock> blockLocks = new ConcurrentHashMap<>();

    FusionService(
            Extraction extraction,
            Intake intake,
            Clusters clusters,
            IncidentFuser fuser,
            IncidentStore store,
            ApplicationEventPublisher events,
            PlatformTransactionManager transactionManager,
            Clock clock) {
        this.extraction = extraction;
        this.intake = intake;
        this.clusters = clusters;
        this.fuser = fuser;
        this.store = store;
        this.events = events;
        this.transactions = new TransactionTemplate(transactionManager);
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    @Override
    public Optional<Incident> incident(IncidentId id) {
        return store.find(id);
    }

    @Override
    public IncidentPage incidents(IncidentQuery query) {
        return store.list(query);
    }

    @Override
    public long incidentCount() {
        return store.count();
    }

    @Override
    public long fusePending(LongConsumer progress) {
        long done = 0;
        for (ObservationBlock block : store.unfusedBlocks(extraction.currentVersions())) {
            fuse(block);
            progress.accept(++done);
        }
        return done;
    }

    @Override
    public long rebuild(LongConsumer progress) {
        transactions.executeWithoutResult(status -> store.deleteAll());
        long done = 0;
        for (ObservationBlock block : extraction.blocks()) {
            fuse(block);
            progress.accept(++done);
        }
        return store.count();
    }

    /** Re-fuses the blocks a report's current observations lie in. */
    void fuseReport(ReportId report) {
        Set<ObservationBlock> blocks = new LinkedHashSet<>();
        for (StoredObservation observation : extraction.observations(report)) {
            blocks.add(ObservationBlock.of(observation.observation()));
        }
        blocks.forEach(this::fuse);
    }

    /** Fuses one block from its current observations and replaces its incidents. */
    void fuse(ObservationBlock block) {
        String key = block.key();
        ReentrantLock lock = blockLocks.computeIfAbsent(key, k -> new ReentrantLock());
        lock.lock();
        try {
            List<Candidate> candidates = candidates(extraction.current(block));
            List<Incident> incidents = new ArrayList<>();
            if (block.districtPcode() == null) {
                // without a district, observations never merge on missing fields alone: each stands
                // alone unless it names the same place on overlapping days (done by the scorer's place
                // rule within the province); without any location, each is its own incident
                for (List<Candidate> cluster : block.provincePcode() == null
                        ? candidates.stream().map(List::of).toList()
                        : clusters.of(candidates)) {
                    incidents.add(fuser.fuse(cluster));
                }
            } else {
                for (List<Candidate> cluster : clusters.of(candidates)) {
                    incidents.add(fuser.fuse(cluster));
                }
            }
            transactions.executeWithoutResult(status -> {
                Map<IncidentId, Set<String>> before = store.membersOf(key);
                store.replaceBlock(key, incidents, clock.instant());
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

    private List<Candidate> candidates(List<StoredObservation> observations) {
        Map<SourceId, Source> sources = new HashMap<>();
        intake.sources().forEach(source -> sources.put(source.id(), source));
        Map<ReportId, Report> reports = new HashMap<>();
        List<ReportId> ids = observations.stream()
                .map(StoredObservation::reportId)
                .distinct()
                .toList();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            intake.findAll(ids.subList(from, Math.min(ids.size(), from + CHUNK)))
                    .forEach(report -> reports.put(report.id(), report));
        }
        List<Candidate> candidates = new ArrayList<>();
        for (StoredObservation stored : observations) {
            Report report = reports.get(stored.reportId());
            if (report == null) {
                continue;
            }
            Source source = sources.get(report.sourceId());
            SourceKind kind = source == null ? SourceKind.OTHER : source.kind();
            candidates.add(new Candidate(
                    stored.id().toString(),
                    report.id().toString(),
                    report.externalId(),
                    report.sourceName(),
                    report.publishedAt() != null ? report.publishedAt().toInstant() : report.receivedAt(),
                    source == null ? 5 : source.reliability().ordinal(),
                    kind == SourceKind.POLICE || kind == SourceKind.CTD || kind == SourceKind.OFFICIAL_STATEMENT,
                    stored.observation()));
        }
        return candidates;
    }
}
