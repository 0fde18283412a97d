package org.fusioncentre.access.web;

import java.time.Instant;
import java.util.List;
import org.fusioncentre.access.AuditEntry;
import org.fusioncentre.access.AuditLog;
import org.fusioncentre.access.AuditQuery;
import org.fusioncentre.access.AuditVerification;
import org.fusioncentre.platform.Problems;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The audit log: entries with filters and cursor pagination, and a verification of the whole
 * chain. Administrators only (SecurityConfiguration).
 */
@RestController
@RequestMapping(path = "/api/v1/audit", produces = MediaType.APPLICATION_JSON_VALUE)
class AuditController {
    private final AuditLog audit;

    AuditController(AuditLog audit) {
        this.audit = audit;
    }

    /** Entries oldest first; follow {@code next_cursor} for the next page. */
    @GetMapping
    Page list(
            @RequestParam(required = false) @Nullable String actor,
            @RequestParam(required = false) @Nullable String action,
            @RequestParam(name = "entity_type", required = false) @Nullable String entityType,
            @RequestParam(name = "entity_id", required = false) @Nullable String entityId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) @Nullable Instant from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) @Nullable Instant to,
            @RequestParam(required = false) @Nullable String cursor,
            @RequestParam(defaultValue = "100") int limit) {
        List<AuditEntry> entries;
        try {
            entries = audit.entries(new AuditQuery(
                    blankToNull(actor),
                    blankToNull(action),
                    blankToNull(entityType),
                    blankToNull(entityId),
                    from,
                    to,
                    cursor(cursor),
                    limit,
                    false));
        } catch (IllegalArgumentException e) {
            throw problem(HttpStatus.BAD_REQUEST, "bad-audit-query", "Bad audit query", e.getMessage());
        }
        String next = entries.size() == limit ? Long.toString(entries.getLast().sequence()) : null;
        return new Page(entries.stream().map(Entry::of).toList(), next);
    }

    /** Walks the whole chain: intact with its count, or the first broken entry and why. */
    @GetMapping("/verify")
    AuditVerification verify() {
        return audit.verify();
    }

    private static @Nullable Long cursor(@Nullable String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(cursor.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("cursor '" + cursor + "' is not one this endpoint returned");
        }
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static ErrorResponseException problem(HttpStatus status, String code, String title, String detail) {
        return new ErrorResponseException(status, Problems.of(status, code, title, detail), null);
    }

    /** One entry as the API shows it: flat, with before and after as the JSON text that was hashed. */
    record Entry(
            long sequence,
            Instant recordedAt,
            String actor,
            String action,
            String entityType,
            String entityId,
            @Nullable String before,
            @Nullable String after,
            @Nullable String marking,
            @Nullable String reason,
            String previousHash,
            String hash) {
        static Entry of(AuditEntry entry) {
            return new Entry(
                    entry.sequence(),
                    entry.recordedAt(),
                    entry.record().actor(),
                    entry.record().action(),
                    entry.record().entityType(),
                    entry.record().entityId(),
                    entry.record().before(),
                    entry.record().after(),
                    entry.record().marking() == null
                            ? null
                            : entry.record().marking().label(),
                    entry.record().reason(),
                    entry.previousHash(),
                    entry.hash());
        }
    }

    record Page(List<Entry> items, @Nullable String nextCursor) {}
}
