package org.fusioncentre.intake.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.fusioncentre.intake.ContentHash;
import org.fusioncentre.intake.IngestOutcome;
import org.fusioncentre.intake.SourceId;
import org.jspecify.annotations.Nullable;

/**
 * The idempotency rule: a record is a duplicate when a report of the same source, stored or
 * earlier in the same batch, has its external id or its content.
 */
final class Deduplicator {
    private record ByExternalId(SourceId source, String externalId) {}

    private record ByContent(SourceId source, ContentHash hash) {}

    private final Map<ByExternalId, ReportStore.StoredKey> byExternalId = new HashMap<>();
    private final Map<ByContent, ReportStore.StoredKey> byContent = new HashMap<>();

    void remember(ReportStore.StoredKey key) {
        if (key.externalId() != null) {
            byExternalId.putIfAbsent(new ByExternalId(key.sourceId(), key.externalId()), key);
        }
        byContent.putIfAbsent(new ByContent(key.sourceId(), key.contentHash()), key);
    }

    Optional<IngestOutcome> duplicateOf(SourceId source, @Nullable String externalId, ContentHash hash, String origin) {
        if (externalId != null) {
            ReportStore.StoredKey same = byExternalId.get(new ByExternalId(source, externalId));
            if (same != null) {
                String reason = same.contentHash().equals(hash)
                        ? "same source and external_id as report " + same.id()
                        : "same source and external_id as report " + same.id()
                                + " (content differs; the first version is kept)";
                return Optional.of(IngestOutcome.duplicate(origin, same.id(), reason));
            }
        }
        ReportStore.StoredKey same = byContent.get(new ByContent(source, hash));
        if (same != null) {
            return Optional.of(
                    IngestOutcome.duplicate(origin, same.id(), "same source and content as report " + same.id()));
        }
        return Optional.empty();
    }
}
