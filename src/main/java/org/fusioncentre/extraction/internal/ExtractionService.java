package org.fusioncentre.extraction.internal;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongConsumer;
import org.fusioncentre.extraction.Extraction;
import org.fusioncentre.extraction.Observation;
import org.fusioncentre.extraction.ObservationBlock;
import org.fusioncentre.extraction.ObservationId;
import org.fusioncentre.extraction.ObservationsExtracted;
import org.fusioncentre.extraction.StoredObservation;
import org.fusioncentre.extraction.TextExtractor;
import org.fusioncentre.extraction.structured.StructuredIncidents;
import org.fusioncentre.intake.Intake;
import org.fusioncentre.intake.Report;
import org.fusioncentre.intake.ReportId;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Extracts every received report once per extractor version: live as reports arrive ({@link
 * LiveExtraction}), and in batches for whatever is pending (after a command-line import, at
 * start-up, after an upgrade).
 * Both paths are safe to run at once: a report's run is stored with its observations in one
 * transaction, and a run already stored by the other path wins.
 */
@Service
class ExtractionService implements Extraction {
    private static final Logger log = LoggerFactory.getLogger(ExtractionService.class);
    private static final ZoneId PAKISTAN = ZoneId.of("Asia/Karachi");
    private static final int PAGE = 200;

    /** Reports looked at per query for those waiting: extracted ones are passed over a window at a time. */
    private static final int WINDOW = 5_000;

    /** Pages of a long extraction between two refreshes of the store's statistics. */
    private static final int STATISTICS_PAGES = 25;

    private final Intake intake;
    private final TextExtractor extractor;
    private final StructuredIncidents structured;
    private final ObservationStore store;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final JsonMapper json = JsonMapper.builder().build();

    ExtractionService(
            Intake intake,
            TextExtractor extractor,
            StructuredIncidents structured,
            ObservationStore store,
            ApplicationEventPublisher events,
            PlatformTransactionManager transactionManager,
            Clock clock) {
        this.intake = intake;
        this.extractor = extractor;
        this.structured = structured;
        this.store = store;
        this.events = events;
        this.transactions = new TransactionTemplate(transactionManager);
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    @Override
    public String version() {
        return extractor.version();
    }

    @Override
    public Set<String> currentVersions() {
        return Set.of(extractor.version(), StructuredIncidents.VERSION);
    }

    /** Extracts one received report, unless it is extracted already. */
    void extractReceived(ReportId report) {
        intake.find(report).ifPresent(found -> extract(List.of(found)));
    }

    @Override
    public List<StoredObservation> observations(ReportId report) {
        return store.observations(report, currentVersions());
    }

    @Override
    public @Nullable String problem(ReportId report) {
        return store.problem(report, currentVersions());
    }

    @Override
    public List<StoredObservation> current(ObservationBlock block) {
        return store.inBlock(block, currentVersions());
    }

    @Override
    public List<StoredObservation> current(
            java.util.Collection<String> districts, java.time.LocalDate from, java.time.LocalDate to) {
        return store.inDistricts(districts, from, to, currentVersions());
    }

    @Override
    public List<StoredObservation> currentById(java.util.Collection<String> observationIds) {
        return store.byIds(observationIds, currentVersions());
    }

    @Override
    public java.util.Map<String, String> currentEquivalents(java.util.Collection<String> observationIds) {
        return store.currentEquivalents(observationIds, currentVersions());
    }

    @Override
    public List<ObservationBlock> blocks() {
        return store.blocks(currentVersions());
    }

    @Override
    public java.util.Optional<List<StoredObservation>> observations(
            ReportId report, boolean history, org.fusioncentre.access.Audience audience) {
        return intake.read(report, audience).map(found -> history ? history(report) : observations(report));
    }

    @Override
    public List<StoredObservation> history(ReportId report) {
        return store.history(report);
    }

    @Override
    public long extractPending(LongConsumer progress) {
        long done = 0;
        long after = 0;
        int pages = 0;
        while (true) {
            List<ObservationStore.Arrival> arrivals = store.arrivals(after, WINDOW);
            if (arrivals.isEmpty()) {
                return done;
            }
            List<ReportId> window =
                    arrivals.stream().map(ObservationStore.Arrival::report).toList();
            Set<ReportId> seen = store.extracted(window, currentVersions());
            List<ReportId> waiting =
                    window.stream().filter(report -> !seen.contains(report)).toList();
            for (int from = 0; from < waiting.size(); from += PAGE) {
                if (++pages % STATISTICS_PAGES == 0) {
                    store.refreshStatistics();
                }
                // asked just now which are waiting; one stored meanwhile by another path is passed over on saving
                done += extractUnseen(intake.findAll(waiting.subList(from, Math.min(waiting.size(), from + PAGE))));
                progress.accept(done);
            }
            after = arrivals.getLast().seq();
        }
    }

    /** Extracts and stores those of the reports not yet extracted by the current versions; returns how many. */
    private int extract(List<Report> reports) {
        Set<ReportId> seen = store.extracted(reports.stream().map(Report::id).toList(), currentVersions());
        return extractUnseen(
                reports.stream().filter(report -> !seen.contains(report.id())).toList());
    }

    /** Extracts and stores reports no current version has seen; returns how many. */
    private int extractUnseen(List<Report> reports) {
        // the extractor is stateless: a batch is extracted on all cores, in report order
        List<ObservationStore.Run> runs =
                reports.parallelStream().map(this::run).toList();
        if (runs.isEmpty()) {
            return 0;
        }
        try {
            save(runs);
        } catch (DuplicateKeyException e) {
            // another path stored some of these meanwhile: store the rest one by one
            for (ObservationStore.Run run : runs) {
                try {
                    save(List.of(run));
                } catch (DuplicateKeyException alreadyStored) {
                    log.debug("Report {} was extracted meanwhile", run.report());
                }
            }
        }
        return runs.size();
    }

    private void save(List<ObservationStore.Run> runs) {
        transactions.executeWithoutResult(status -> {
            List<List<ObservationId>> ids = store.save(runs, clock.instant());
            Map<ReportId, Set<String>> located = new LinkedHashMap<>();
            for (ObservationStore.Run run : runs) {
                located.put(run.report(), places(run.observations()));
            }
            intake.locate(located);
            for (int i = 0; i < runs.size(); i++) {
                events.publishEvent(new ObservationsExtracted(
                        runs.get(i).report(), runs.get(i).version(), ids.get(i)));
            }
        });
    }

    /** Where a report's observations lie: each one's district, or its province when no district is known. */
    private static Set<String> places(List<Observation> observations) {
        Set<String> places = new java.util.TreeSet<>();
        for (Observation observation : observations) {
            Observation.Location location = observation.location();
            if (location == null) {
                continue;
            }
            if (location.districtPcode() != null) {
                places.add(location.districtPcode());
            } else if (location.provincePcode() != null) {
                places.add(location.provincePcode());
            }
        }
        return places;
    }

    private ObservationStore.Run run(Report report) {
        if (report.incident() != null) {
            try {
                Observation observation = structured.read(json.readTree(report.incident()));
                return new ObservationStore.Run(report.id(), StructuredIncidents.VERSION, List.of(observation), null);
            } catch (IllegalArgumentException | JacksonException e) {
                String problem = "structured incident not read: " + e.getMessage();
                log.warn("Report {}: {}", report.id(), problem);
                return new ObservationStore.Run(
                        report.id(),
                        StructuredIncidents.VERSION,
                        List.of(),
                        problem.substring(0, Math.min(1000, problem.length())));
            }
        }
        if (report.body() == null) {
            return new ObservationStore.Run(report.id(), extractor.version(), List.of(), null);
        }
        List<Observation> observations = extractor.extract(report.title(), report.body(), published(report));
        return new ObservationStore.Run(
                report.id(),
                extractor.version(),
                observations,
                extractor.terms(report.title(), report.body(), observations),
                null);
    }

    /** Publication time in Pakistan time, which relative dates resolve against; arrival if unknown. */
    private static LocalDateTime published(Report report) {
        return report.publishedAt() != null
                ? report.publishedAt().atZoneSameInstant(PAKISTAN).toLocalDateTime()
                : LocalDateTime.ofInstant(report.receivedAt(), PAKISTAN);
    }
}
