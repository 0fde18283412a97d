package org.fusioncentre.intake.internal;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
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

/**
 * Reads inputs with the format's reader and stores what they hold in batches. Each batch is one
 * transaction holding its reports and their {@link ReportReceived} events, so a crash keeps whole
 * batches or nothing, and re-running the same import stores exactly what is missing.
 */
@Service
class IntakeService implements Intake {
    private static final Logger log = LoggerFactory.getLogger(IntakeService.class);

    private final ReportStore store;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final IntakeProperties properties;
    private final Clock clock;
    private final Map<SourceId, Source> knownSources = new ConcurrentHashMap<>();

    IntakeService(ReportStore store, TransactionTemplate transactions, ApplicationEventPublisher events, IntakeProperties properties, Clock clock) {
        this.store = store;
        this.transactions = transactions;
        this.events = events;
        this.properties = properties;
        this.clock = clock;
    }

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
        Batcher batcher = new Batcher(listener, progress, totalBytes);
        for (Path file : files) {
            Optional<ReportFormat> format = options.format() != null ? Optional.of(options.format()) : ReportFormat.forFileName(file.getFileName().toString());
            if (format.isEmpty()) {
                listener.onOutcome(IngestOutcome.rejected(file.toString(), "unknown file type: name it .json, .jsonl, .csv, .txt, .html or .xml/.rss/.atom, or pass --format"));
                continue;
            }
            batcher.startFile(file.toString());
            try {
                readers.forFormat(format.get()).read(ByteSource.of(file), batcher::accept);
            } catch (IOException | UncheckedIOException e) {
                listener.onOutcome(IngestOutcome.rejected(file.toString(), "could not read the file: " + e.getMessage()));
            }
            batcher.flush();
            batcher.finishFile(sizeOf(file));
        }
    }

    @Override
    public void submitJson(byte[] json, String origin, IngestListener listener) {
        Readers readers = new Readers(new ReaderSettings(ImportOptions.defaults(), properties.maxReportBytes(), properties.zone()));
        Batcher batcher = new Batcher(listener, ImportProgress.NONE, json.length);
        try {
            readers.forFormat(ReportFormat.JSON).read(ByteSource.of(origin, json), batcher::accept);
        } catch (IOException e) {
            throw new UncheckedIOException("reading a request body held in memory failed", e);
        }
        batcher.flush();
    }

    @Override
    public Optional<Report> find(ReportId id) {
        return store.find(id);
    }

    @Override
    public ReportPage list(ReportQuery query) {
        return store.page(query);
    }

    @Override
    public Source saveSource(Source source) {
        transactions.executeWithoutResult(status -> {
            if (store.updateSource(source, clock.instant()) == 0) {
                store.insertSource(source, clock.instant());
            }
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
                transactions.executeWithoutResult(status -> store.insertSource(created, clock.instant()));
                log.info("registered new source '{}' as unassessed (reliability F)", name);
                return created;
            } catch (DuplicateKeyException raced) {
                return store.findSource(id).orElseThrow(() -> raced);
            }
        });
        knownSources.put(id, source);
        return source;
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

    /** A parsed record on its way to the store. */
    private record Pending(IncomingReport incoming, String origin, ContentHash hash) {
        Pending(IncomingReport incoming, String origin) {
            this(incoming, origin, incoming.contentHash());
        }
    }

    /**
     * Collects records into batches and hands out their outcomes in input order, so that a caller
     * (the API) can match results to what it sent; tracks progress.
     */
    private final class Batcher {
        private final IngestListener listener;
        private final ImportProgress progress;
        private final long totalBytes;
        private final List<ReadResult> batch = new ArrayList<>();
        private long finishedBytes;
        private long records;
        private String file = "";

        Batcher(IngestListener listener, ImportProgress progress, long totalBytes) {
            this.listener = listener;
            this.progress = progress;
            this.totalBytes = totalBytes;
        }

        void startFile(String name) {
            file = name;
        }

        void finishFile(long size) {
            finishedBytes += size;
            progress.update(file, finishedBytes, totalBytes, records);
        }

        void accept(ReadResult result) {
            batch.add(result);
            if (batch.size() >= properties.batchSize()) {
                flush();
            }
        }

        void flush() {
            if (batch.isEmpty()) {
                return;
            }
            List<Pending> pending = new ArrayList<>();
            for (ReadResult result : batch) {
                if (result instanceof ReadResult.Parsed parsed) {
                    pending.add(new Pending(parsed.report(), parsed.origin()));
                }
            }
            List<IngestOutcome> stored = store(pending);
            int next = 0;
            for (ReadResult result : batch) {
                IngestOutcome outcome = switch (result) {
                    case ReadResult.Rejected rejected -> IngestOutcome.rejected(rejected.origin(), rejected.reason());
                    case ReadResult.Parsed parsed -> stored.get(next++);
                };
                listener.onOutcome(outcome);
            }
            records += batch.size();
            batch.clear();
            progress.update(file, finishedBytes, totalBytes, records);
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
    }

    /** Stores the new records of a batch in one transaction; returns one outcome per record, in order. */
    private List<IngestOutcome> storeBatch(List<Pending> pending) {
        Map<SourceId, Source> sources = new HashMap<>();
        for (Pending one : pending) {
            Source source = sourceNamed(one.incoming().source());
            sources.put(source.id(), source);
        }
        List<IngestOutcome> outcomes = transactions.execute(status -> {
            Map<Integer, IngestOutcome> decided = new LinkedHashMap<>();
            List<Report> toInsert = new ArrayList<>();
            Map<SourceId, List<Integer>> bySource = new LinkedHashMap<>();
            for (int i = 0; i < pending.size(); i++) {
                bySource.computeIfAbsent(SourceId.forName(pending.get(i).incoming().source()), key -> new ArrayList<>()).add(i);
            }
            for (Map.Entry<SourceId, List<Integer>> group : bySource.entrySet()) {
                Source source = sources.get(group.getKey());
                Deduplicator seen = new Deduplicator();
                List<String> externalIds = new ArrayList<>();
                List<ContentHash> hashes = new ArrayList<>();
                for (int index : group.getValue()) {
                    IncomingReport incoming = pending.get(index).incoming();
                    if (incoming.externalId() != null) {
                        externalIds.add(incoming.externalId());
                    }
                    hashes.add(pending.get(index).hash());
                }
                store.existing(source.id(), externalIds, hashes).forEach(seen::remember);
                for (int index : group.getValue()) {
                    Pending one = pending.get(index);
                    IncomingReport incoming = one.incoming();
                    Optional<IngestOutcome> duplicate = seen.duplicateOf(incoming.externalId(), one.hash(), one.origin());
                    if (duplicate.isPresent()) {
                        decided.put(index, duplicate.get());
                        continue;
                    }
                    Report report = toReport(one, source);
                    seen.remember(new ReportStore.StoredKey(report.id(), report.externalId(), report.contentHash()));
                    toInsert.add(report);
                    decided.put(index, IngestOutcome.accepted(one.origin(), report.id()));
                }
            }
            store.insert(toInsert);
            for (Report report : toInsert) {
                events.publishEvent(new ReportReceived(report.id(), report.sourceId(), report.receivedAt()));
            }
            List<IngestOutcome> ordered = new ArrayList<>();
            for (int i = 0; i < pending.size(); i++) {
                ordered.add(requireNonNull(decided.get(i)));
            }
            return ordered;
        });
        return requireNonNull(outcomes);
    }

    private Report toReport(Pending pending, Source source) {
        IncomingReport incoming = pending.incoming();
        ContentHash hash = pending.hash();
        String origin = pending.origin();
        return new Report(
                ReportId.derive(source.id(), incoming.externalId(), hash),
                source.id(),
                source.name(),
                incoming.externalId(),
                incoming.url(),
                incoming.publishedAt(),
                incoming.title(),
                incoming.body(),
                incoming.language(),
                incoming.marking() != null ? incoming.marking() : source.defaultMarking(),
                hash,
                incoming.incident(),
                incoming.extra(),
                incoming.raw(),
                incoming.format(),
                origin.length() > 1100 ? origin.substring(0, 1100) : origin,
                clock.instant());
    }
}
