package org.fusioncentre.access;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.regex.Pattern;

/**
 * A stored audit entry: its place in the chain, when it was recorded (UTC, milliseconds), what it
 * records, and the hashes that chain it to the entry before.
 *
 * @param sequence 1 for the first entry, then consecutive
 * @param previousHash the previous entry's hash; 64 zeros for the first entry
 * @param hash SHA-256 (hex) over this entry's fields and {@code previousHash}
 */
public record AuditEntry(long sequence, Instant recordedAt, AuditRecord record, String previousHash, String hash) {
    private static final Pattern HEX_SHA_256 = Pattern.compile("[0-9a-f]{64}");

    /** The previous hash of the first entry. */
    public static final String GENESIS_HASH = "0".repeat(64);

    public AuditEntry {
        requireNonNull(recordedAt, "recordedAt is null");
        requireNonNull(record, "record is null");
        requireNonNull(previousHash, "previousHash is null");
        requireNonNull(hash, "hash is null");
        if (sequence < 1) {
            throw new IllegalArgumentException("an audit sequence starts at 1, not " + sequence);
        }
    }

    /** Whether the text has the shape of a stored hash (64 lower-case hex digits). */
    public static boolean isHash(String text) {
        return HEX_SHA_256.matcher(text).matches();
    }
}
