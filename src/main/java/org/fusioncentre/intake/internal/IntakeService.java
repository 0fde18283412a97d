package org.fusioncentre.intake.internal;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import org.fusioncentre.access.Audience;
import org.fusioncentre.access.AuditLog;
import org.fusioncentre.access.AuditRecord;
import org.fusioncentre.access.Marking;
import org.fusioncentre.access.RecordAccess;
import org.fusioncentre.intake.ContentHash;
import org.fusioncentre.intake.ImportOptions;
import org.fusioncentre.intake.ImportProgress;
import org.fusioncentre.intake.IncomingReport;
import org.fusioncentre.intake.IngestListener;
import org.fusioncentre.intake.IngestOutcome;
import org.fusioncentre.intake.Intake;
import org.fusioncentre.intake.Report;
import org.fusioncentre.intake.ReportFormat;
import org.fusioncentre.intake.ReportId;
import org.fusioncentre.intake.ReportPage;
import org.fusioncentre.intake.ReportQuery;
import org.fusioncentre.intake.ReportReceived;
import org.fusioncentre.intake.ReportSummary;
import org.fusioncentre.intake.Source;
import org.fusioncentre.intake.SourceId;
import org.fusioncentre.intake.reader.ByteSource;
import org.fusioncentre.intake.reader.ReadResult;
import org.fusioncentre.intake.reader.ReaderSettings;
import org.fusioncentre.intake.reader.Readers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads inputs with the format's reader and stores what they hold in batches. Each batch is one
 * transaction holding its reports and their {@link ReportReceived} events, so a crash keeps whole
 * batches or nothing, and re-running the same import stores exactly what is missing.
 */
@Service
class IntakeService implements Intake {
    private static final Logger log = LoggerFactory.getLogger(IntakeService.class);
    private static final int QUEUED_BATCHES = 4;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ReportStore store;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final IntakeProperties properties;
    private final Clock clock;
    private final AuditLog audit;
    private final Map<SourceId, Source> knownSources = new ConcurrentHashMap<>();

    IntakeService(
            ReportStore store,
            TransactionTemplate transactions,
            ApplicationEventPublisher events,
            IntakeProperties properties,
            Clock clock,
            AuditLog audit) {
        this.store = store;
        this.transactions = transactions;
        this.events = events;
        this.properties = properties;
        this.clock = clock;
        this.audit = audit;
    }

    /**
     * Reads on a second thread while this one stores, so that parsing and hashing overlap the
     * database work. The queue between them holds a few batches, which bounds memory whatever the
     * size of the input.
     */
    @Override
    public void importPaths(List<Path> paths, ImportOptions options, IngestListener listener, ImportProgress progress) {
        requireNonNull(paths, "paths is null");
        Readers readers = new Readers(new ReaderSettings(options, properties.maxReportBytes(), properties.zone()));
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (!Files.exists(path)) {
                listener.onOutcome(IngestOutcome.rejected(path.toString(), "no such file or folder"));
            } else if (Files.isDirectory(path)) {
                files.addAll(filesIn(path));
            } else if (!Files.isReadable(path)) {
                listener.onOutcome(IngestOutcome.rejected(path.toString(), "file is not readable"));
            } else {
                files.add(path);
            }
        }
        long totalBytes = files.stream().mapToLong(IntakeService::sizeOf).sum();
        BlockingQueue<Work> queue = new ArrayBlockingQueue<>(QUEUED_BATCHES);
        ExecutorService reader = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "intake-reader");
            thread.setDaemon(true);
            return thread;
        });
        try {
            reader.submit(() -> readAll(files, options, readers, queue));
            long finishedBytes = 0;
            long records = 0;
            String file = "";
            while (true) {
                Work work = queue.take();
                switch (work) {
                    case BatchWork batch -> {
                        storeAndReport(batch.items(), listener);
                        records += batch.items().size();
                        file = batch.file();
                        progress.update(file, finishedBytes, totalBytes, records);
                    }
                    case FileDone done -> {
                        finishedBytes += done.size();
                        progress.update(done.file(), finishedBytes, totalBytes, records);
                    }
                    case Failure failure ->
                        throw new IllegalStateException(
                                "reading " + file + " failed: "
                                        + failure.error().getMessage(),
                                failure.error());
                    case Finished finished -> {
                        return;
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("import interrupted", e);
        } finally {
            reader.shutdownNow();
        }
    }

    /** The reading thread: every file's records into batches on the queue, then {@link Finished}. */
    private void readAll(List<Path> files, ImportOptions options, Readers readers, BlockingQueue<Work> queue) {
        try {
            for (Path file : files) {
                Collector collector = new Collector(items -> put(queue, new BatchWork(items, file.toString())));
                Optional<ReportFormat> format = options.format() != null
                        ? Optional.of(options.format())
                        : ReportFormat.forFileName(file.getFileName().toString());
                if (format.isEmpty()) {
                    collector.add(
                            new ReadResult.Rejected(
                                    file.toString(),
                                    "unknown file type: name it .json, .jsonl, .csv, .txt, .html or .xml/.rss/.atom, or pass --format"));
                } else {
                    try {
                        readers.forFormat(format.get()).read(ByteSource.of(file), collector::add);
                    } catch (IOException | UncheckedIOException e) {
                        collector.add(
                                new ReadResult.Rejected(file.toString(), "could not read the file: " + e.getMessage()));
                    }
                }
                collector.flush();
                put(queue, new FileDone(file.toString(), sizeOf(file)));
            }
            put(queue, new Finished());
        } catch (CancellationException stopped) {
            // the storing side gave up; nobody is listening any more
        } catch (RuntimeException | Error e) {
            try {
                queue.put(new Failure(e));
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static void put(BlockingQueue<Work> queue, Work work) {
        try {
            queue.put(work);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("import stopped");
        }
    }

    @Override
    public void submitJson(byte[] json, String origin, IngestListener listener) {
        Readers readers = new Readers(
                new ReaderSettings(ImportOptions.defaults(), properties.maxReportBytes(), properties.zone()));
        Collector collector = new Collector(items -> storeAndReport(items, listener));
        try {
            readers.forFormat(ReportFormat.JSON).read(ByteSource.of(origin, json), collector::add);
        } catch (IOException e) {
            throw new UncheckedIOException("reading a request body held in memory failed", e);
        }
        collector.flush();
    }

    @Override
    public Optional<Report> find(ReportId id) {
        return store.find(id);
    }

    @Override
    public List<Report> findAll(Collection<ReportId> ids) {
        return store.findAll(ids);
    }

    @Override
    public List<ReportSummary> summaries(Collection<ReportId> ids) {
        return store.summaries(ids);
    }

    @Override
    public Optional<Report> read(ReportId id, Audience audience) {
        return transactions.execute(status -> {
            Optional<Report> visible = store.findWithAccess(id)
                    .filter(row -> audience.maySee(row.access()))
                    .map(ReportStore.Row::report);
            visible.ifPresent(report -> audited(audience, report));
            return visible;
        });
    }

    @Override
    public ReportPage list(ReportQuery query, Audience audience) {
        return requireNonNull(transactions.execute(status -> {
            ReportPage page = store.page(query, audience::maySee);
            page.items().forEach(report -> audited(audience, report));
            return page;
        }));
    }

    /** Every read of AMBER or stricter data leaves an audit entry (DESIGN §7). */
    private void audited(Audience audience, Report report) {
        if (report.marking().compareTo(Marking.AMBER) >= 0) {
            audit.record(new AuditRecord(
                    audience.name(),
                    "report.read",
                    "report",
                    report.id().toString(),
                    null,
                    null,
                    report.marking(),
                    null));
        }
    }

    @Override
    public Map<ReportId, RecordAccess> access(Collection<ReportId> ids) {
        return store.access(ids);
    }

    @Override
    public void locate(Map<ReportId, Set<String>> places) {
        store.locate(places);
    }

    @Override
    public Source saveSource(Source source) {
        transactions.executeWithoutResult(status -> {
            Optional<Source> before = store.findSource(source.id());
            if (store.updateSource(source, clock.instant()) == 0) {
                store.insertSource(source, clock.instant());
            }
            audit.record(new AuditRecord(
                    audit.currentActor(),
                    before.isPresent() ? "source.update" : "source.add",
                    "source",
                    source.id().toString(),
                    before.map(IntakeService::json).orElse(null),
                    json(source),
                    null,
                    null));
        });
        knownSources.put(source.id(), source);
        return source;
    }

    @Override
    public Optional<Source> source(SourceId id) {
        return store.findSource(id);
    }

    @Override
    public List<Source> sources() {
        return store.sources();
    }

    @Override
    public long reportCount() {
        return store.count();
    }

    /** The source of this name, registered as unassessed when first seen. */
    private Source sourceNamed(String name) {
        SourceId id = SourceId.forName(name);
        Source known = knownSources.get(id);
        if (known != null) {
            return known;
        }
        Source source = store.findSource(id).orElseGet(() -> {
            Source created = Source.unassessed(name);
            try {
                transactions.executeWithoutResult(status -> {
                    store.insertSource(created, clock.instant());
                    audit.record(new AuditRecord(
                            audit.currentActor(),
                            "source.add",
                            "source",
                            created.id().toString(),
                            null,
                            json(created),
                            null,
                            "first seen in a report: registered unassessed"));
                });
                log.info("registered new source '{}' as unassessed (reliability F)", name);
                return created;
            } catch (DuplicateKeyException raced) {
                return store.findSource(id).orElseThrow(() -> raced);
            }
        });
        knownSources.put(id, source);
        return source;
    }

    /** A source as its audit entries show it. */
    private static String json(Source source) {
        Map<String, Object> fields = new java.util.LinkedHashMap<>();
        fields.put("name", source.name());
        fields.put("kind", source.kind().name());
        fields.put("reliability", source.reliability().name());
        fields.put("default_marking", source.defaultMarking().label());
        fields.put("description", source.description());
        fields.put("organisation", source.organisation());
        return JSON.writeValueAsString(fields);
    }

    private List<Path> filesIn(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile)
                    .filter(path -> !path.getFileName().toString().startsWith("."))
                    .sorted(Comparator.comparing(Path::toString))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("could not list " + folder, e);
        }
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    /** What travels from the reading thread to the storing one. */
    private sealed interface Work permits BatchWork, FileDone, Failure, Finished {}

    private record BatchWork(List<Item> items, String file) implements Work {}

    private record FileDone(String file, long size) implements Work {}

    private record Failure(Throwable error) implements Work {}

    private record Finished() implements Work {}

    /** One record of a batch: parsed and hashed, or refused by its reader. */
    private sealed interface Item permits Pending, Refused {}

    /** A parsed record on its way to the store, with the keys the reading thread derived for it. */
    private record Pending(
            IncomingReport incoming, String origin, ContentHash hash, SourceId sourceId, ReportId id, UUID contentKey)
            implements Item {
        static Pending of(IncomingReport incoming, String origin, SourceId sourceId) {
            ContentHash hash = incoming.contentHash();
            return new Pending(
                    incoming,
                    origin,
                    hash,
                    sourceId,
                    ReportId.derive(sourceId, incoming.externalId(), hash),
                    ReportStore.contentKey(sourceId, hash));
        }
    }

    private record Refused(String origin, String reason) implements Item {}

    /** Gathers read results into batches of the configured size. */
    private final class Collector {
        private final java.util.function.Consumer<List<Item>> full;
        private final Map<String, SourceId> sourceIds = new HashMap<>();
        private List<Item> items = new ArrayList<>();

        Collector(java.util.function.Consumer<List<Item>> full) {
            this.full = full;
        }

        void add(ReadResult result) {
            items.add(
                    switch (result) {
                        case ReadResult.Parsed parsed ->
                            Pending.of(
                                    parsed.report(),
                                    parsed.origin(),
                                    sourceId(parsed.report().source()));
                        case ReadResult.Rejected rejected -> new Refused(rejected.origin(), rejected.reason());
                    });
            if (items.size() >= properties.batchSize()) {
                flush();
            }
        }

        private SourceId sourceId(String name) {
            if (sourceIds.size() > 10_000) {
                sourceIds.clear(); // a file naming endless sources must not fill the heap
            }
            return sourceIds.computeIfAbsent(name, SourceId::forName);
        }

        void flush() {
            if (!items.isEmpty()) {
                List<Item> batch = items;
                items = new ArrayList<>();
                full.accept(batch);
            }
        }
    }

    /**
     * Stores a batch's records and gives every outcome to the listener in input order, so that a
     * caller (the API) can match results to what it sent.
     */
    private void storeAndReport(List<Item> items, IngestListener listener) {
        List<Pending> pending = new ArrayList<>();
        for (Item item : items) {
            if (item instanceof Pending one) {
                pending.add(one);
            }
        }
        List<IngestOutcome> stored = store(pending);
        int next = 0;
        for (Item item : items) {
            listener.onOutcome(
                    switch (item) {
                        case Refused refused -> IngestOutcome.rejected(refused.origin(), refused.reason());
                        case Pending one -> stored.get(next++);
                    });
        }
    }

    private List<IngestOutcome> store(List<Pending> pending) {
        if (pending.isEmpty()) {
            return List.of();
        }
        try {
            return storeBatch(pending);
        } catch (DuplicateKeyException raced) {
            // Another writer stored some of these between our check and our insert: decide one by one.
            List<IngestOutcome> outcomes = new ArrayList<>();
            for (Pending one : pending) {
                outcomes.addAll(storeBatch(List.of(one)));
            }
            return outcomes;
        }
    }

    /** Stores the new records of a batch in one transaction; returns one outcome per record, in order. */
    private List<IngestOutcome> storeBatch(List<Pending> pending) {
        Map<SourceId, Source> sources = new HashMap<>();
        for (Pending one : pending) {
            Source source = sourceNamed(one.incoming().source());
            sources.put(source.id(), source);
        }
        List<ReportId> idsByExternalId = new ArrayList<>();
        List<UUID> contentKeys = new ArrayList<>();
        for (Pending one : pending) {
            if (one.incoming().externalId() != null) {
                idsByExternalId.add(one.id());
            }
            contentKeys.add(one.contentKey());
        }
        List<IngestOutcome> outcomes = transactions.execute(status -> {
            Deduplicator seen = new Deduplicator();
            store.candidates(idsByExternalId, contentKeys).forEach(seen::remember);
            List<IngestOutcome> ordered = new ArrayList<>();
            List<Report> toInsert = new ArrayList<>();
            for (Pending one : pending) {
                Source source = requireNonNull(sources.get(one.sourceId()));
                Optional<IngestOutcome> duplicate =
                        seen.duplicateOf(source.id(), one.incoming().externalId(), one.hash(), one.origin());
                if (duplicate.isPresent()) {
                    ordered.add(duplicate.get());
                    continue;
                }
                if (marking(one.incoming(), source) == Marking.RED
                        && one.incoming().recipients().isEmpty()) {
                    ordered.add(IngestOutcome.rejected(
                            one.origin(),
                            "a RED report must name its recipients ('recipients': usernames or organisation names)"));
                    continue;
                }
                Report report = toReport(one, source);
                seen.remember(new ReportStore.StoredKey(
                        report.id(), report.sourceId(), report.externalId(), report.contentHash()));
                toInsert.add(report);
                ordered.add(IngestOutcome.accepted(one.origin(), report.id()));
            }
            store.insert(toInsert);
            for (Report report : toInsert) {
                events.publishEvent(new ReportReceived(report.id(), report.sourceId(), report.receivedAt()));
            }
            return ordered;
        });
        return requireNonNull(outcomes);
    }

    private static Marking marking(IncomingReport incoming, Source source) {
        return incoming.marking() != null ? incoming.marking() : source.defaultMarking();
    }

    private Report toReport(Pending pending, Source source) {
        IncomingReport incoming = pending.incoming();
        ContentHash hash = pending.hash();
        String origin = pending.origin();
        return new Report(
                pending.id(),
                source.id(),
                source.name(),
                incoming.externalId(),
                incoming.url(),
                incoming.publishedAt(),
                incoming.title(),
                incoming.body(),
                incoming.language(),
                marking(incoming, source),
                incoming.recipients(),
                hash,
                incoming.incident(),
                incoming.extra(),
                incoming.raw(),
                incoming.format(),
                origin.length() > 1100 ? origin.substring(0, 1100) : origin,
                clock.instant());
    }
}
