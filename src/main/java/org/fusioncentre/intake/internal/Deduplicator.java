package org.fusioncentre.intake.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.fusioncentre.intake.ContentHash;
import org.fusioncentre.intake.IngestOutcome;
import org.jspecify.annotations.Nullable;

/**
 * The idempotency rule for one source: a record is a duplicate when a stored (or earlier in the
 * same batch) report has its external id, or its content.
 */
final class Deduplicator {
    private final Map<String, ReportStore.StoredKey> byExternalId = new HashMap<>();
    private final Map<ContentHash, ReportStore.StoredKey> byContent = new HashMap<>();

    void remember(ReportStore.StoredKey key) {
        if (key.externalId() != null) {
            byExternalId.putIfAbsent(key.externalId(), key);
        }
        byContent.putIfAbsent(key.contentHash(), key);
    }

    Optional<IngestOutcome> duplicateOf(@Nullable String externalId, ContentHash hash, String origin) {
        if (externalId != null) {
            ReportStore.StoredKey same = byExternalId.get(externalId);
            if (same != null) {
                String reason = same.contentHash().equals(hash)
                        ? "same source and external_id as report " + same.id()
                        : "same source and external_id as report " + same.id() + " (content differs; the first version is kept)";
                return Optional.of(IngestOutcome.duplicate(origin, same.id(), reason));
            }
        }
        ReportStore.StoredKey same = byContent.get(hash);
        if (same != null) {
            return Optional.of(IngestOutcome.duplicate(origin, same.id(), "same source and content as report " + same.id()));
        }
        return Optional.empty();
    }
}
