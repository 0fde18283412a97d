package org.fusioncentre.access;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Filters for reading the audit log; null means any. Entries come in sequence order, oldest first
 * unless {@code newestFirst}.
 *
 * @param actionPrefix e.g. {@code incident.} for every incident decision
 * @param from inclusive
 * @param to exclusive
 * @param cursor the sequence number the previous page ended at: the page continues past it in the
 *     query's order
 * @param limit 1 to 1,000
 */
public record AuditQuery(
        @Nullable String actor,
        @Nullable String actionPrefix,
        @Nullable String entityType,
        @Nullable String entityId,
        @Nullable Instant from,
        @Nullable Instant to,
        @Nullable Long cursor,
        int limit,
        boolean newestFirst) {
    public static final int MAX_LIMIT = 1000;

    public AuditQuery {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be 1 to " + MAX_LIMIT + ", not " + limit);
        }
        if (cursor != null && cursor < 0) {
            throw new IllegalArgumentException("cursor must be a sequence number, not " + cursor);
        }
        if (from != null && to != null && !to.isAfter(from)) {
            throw new IllegalArgumentException("to must be after from");
        }
    }

    /** Every entry, oldest first, a page of {@code limit}. */
    public static AuditQuery all(int limit) {
        return new AuditQuery(null, null, null, null, null, null, null, limit, false);
    }
}
