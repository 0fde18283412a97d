package org.fusioncentre.access;

import org.jspecify.annotations.Nullable;

/**
 * The outcome of walking the audit chain: intact with the number of entries, or the first broken
 * link.
 *
 * @param entries the entries checked (all of them when intact; up to the break otherwise)
 * @param brokenAt the sequence number of the first entry that does not fit the chain
 * @param reason what is wrong there: edited contents, or a missing or reordered entry
 */
public record AuditVerification(
        boolean intact,
        long entries,
        @Nullable Long brokenAt,
        @Nullable String reason) {
    public AuditVerification {
        if (intact != (brokenAt == null) || intact != (reason == null)) {
            throw new IllegalArgumentException("an intact chain has no break; a broken one names where and why");
        }
    }

    public static AuditVerification intact(long entries) {
        return new AuditVerification(true, entries, null, null);
    }

    public static AuditVerification broken(long entriesChecked, long sequence, String reason) {
        return new AuditVerification(false, entriesChecked, sequence, reason);
    }
}
