package org.fusioncentre.access.audit;

import java.util.Optional;
import org.fusioncentre.access.AuditEntry;
import org.fusioncentre.access.AuditVerification;
import org.jspecify.annotations.Nullable;

/**
 * Walks a chain in sequence order, one entry at a time (so a long log is read page by page), and
 * stops at the first entry that does not fit:
 *
 * <ul>
 *   <li>a sequence number that does not follow the previous one: an entry before it was deleted,
 *       or entries were reordered;
 *   <li>a previous hash that is not the previous entry's hash: the same, or the previous entry was
 *       replaced;
 *   <li>a hash that does not match the entry's fields: the entry was edited.
 * </ul>
 *
 * {@link #finish} then compares the last entry with the recorded head of the chain, which catches
 * entries deleted from the end.
 */
public final class ChainVerifier {
    private long checked;
    private long lastSequence;
    private String lastHash = AuditEntry.GENESIS_HASH;
    private @Nullable AuditVerification broken;

    /** Checks the next entry; returns the break once one is found (and ignores entries after it). */
    public Optional<AuditVerification> accept(AuditEntry entry) {
        if (broken != null) {
            return Optional.of(broken);
        }
        long expected = lastSequence + 1;
        if (entry.sequence() != expected) {
            return fail(
                    entry.sequence(),
                    entry.sequence() > expected
                            ? "sequence gap: expected entry " + expected + " after entry " + lastSequence
                                    + " (entries deleted)"
                            : "entry " + entry.sequence() + " out of order after entry " + lastSequence
                                    + " (entries reordered)");
        }
        if (!entry.previousHash().equals(lastHash)) {
            return fail(
                    entry.sequence(),
                    "previous hash does not match entry " + lastSequence + "'s hash (an entry before it was deleted,"
                            + " replaced or reordered)");
        }
        if (!entry.hash().equals(AuditChain.expectedHash(entry))) {
            return fail(entry.sequence(), "hash mismatch: the entry was edited after it was recorded");
        }
        checked++;
        lastSequence = entry.sequence();
        lastHash = entry.hash();
        return Optional.empty();
    }

    /**
     * The verdict after the last entry.
     *
     * @param headSequence the sequence number the store says the chain ends at
     * @param headHash the hash the store says the chain ends with
     */
    public AuditVerification finish(long headSequence, String headHash) {
        if (broken != null) {
            return broken;
        }
        if (headSequence > lastSequence) {
            return fail(
                            lastSequence + 1,
                            "the chain ends at entry " + lastSequence + " but its head records entry " + headSequence
                                    + " (entries deleted from the end)")
                    .orElseThrow();
        }
        if (headSequence < lastSequence) {
            return fail(
                            headSequence + 1,
                            "entries from " + (headSequence + 1) + " on lie past the chain's head, which records entry "
                                    + headSequence + " (entries inserted)")
                    .orElseThrow();
        }
        if (!headHash.equals(lastHash)) {
            return fail(
                            Math.max(lastSequence, 1),
                            "the last entry's hash does not match the chain's head (the last entry was replaced)")
                    .orElseThrow();
        }
        return AuditVerification.intact(checked);
    }

    /** The verdict for a chain checked without a head (e.g. an exported copy). */
    public AuditVerification finish() {
        return broken != null ? broken : AuditVerification.intact(checked);
    }

    private Optional<AuditVerification> fail(long sequence, String reason) {
        broken = AuditVerification.broken(checked, sequence, reason);
        return Optional.of(broken);
    }
}
