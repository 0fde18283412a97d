package org.fusioncentre.access.audit;

import static java.util.Objects.requireNonNull;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import org.fusioncentre.access.AuditEntry;
import org.fusioncentre.access.AuditRecord;
import org.jspecify.annotations.Nullable;

/**
 * How entries are chained: each entry's hash is SHA-256 over a canonical form of its fields and the
 * previous entry's hash. The canonical form is unambiguous: every field is written as its length in
 * UTF-8 bytes, a colon, the bytes and a newline, and an absent field as a lone {@code -} and a
 * newline, in a fixed order. Times are UTC with exactly three fractional digits, so a store that
 * keeps microseconds and one that keeps milliseconds hash the same entry alike.
 */
public final class AuditChain {
    /** Version of the canonical form; part of every hash, so a future form cannot collide with this one. */
    static final String FORM = "fusion-audit-v1";

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private AuditChain() {}

    /** The precision entries are stored and hashed with. */
    public static Instant truncate(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MILLIS);
    }

    /** The entry that follows {@code previousHash} at {@code sequence}, with its hash. */
    public static AuditEntry append(long sequence, Instant recordedAt, AuditRecord what, String previousHash) {
        Instant at = truncate(recordedAt);
        return new AuditEntry(sequence, at, what, previousHash, hash(sequence, at, what, previousHash));
    }

    /** The hash the entry should carry given its fields and its previous hash. */
    public static String expectedHash(AuditEntry entry) {
        return hash(entry.sequence(), entry.recordedAt(), entry.record(), entry.previousHash());
    }

    static String canonical(long sequence, Instant recordedAt, AuditRecord what, String previousHash) {
        StringBuilder out = new StringBuilder(256);
        field(out, FORM);
        field(out, Long.toString(sequence));
        field(out, TIME.format(truncate(recordedAt)));
        field(out, what.actor());
        field(out, what.action());
        field(out, what.entityType());
        field(out, what.entityId());
        field(out, what.before());
        field(out, what.after());
        field(out, what.marking() == null ? null : what.marking().label());
        field(out, what.reason());
        field(out, previousHash);
        return out.toString();
    }

    static String hash(long sequence, Instant recordedAt, AuditRecord what, String previousHash) {
        requireNonNull(previousHash, "previousHash is null");
        byte[] form = canonical(sequence, recordedAt, what, previousHash).getBytes(StandardCharsets.UTF_8);
        return HexFormat.of().formatHex(sha256().digest(form));
    }

    private static void field(StringBuilder out, @Nullable String value) {
        if (value == null) {
            out.append("-\n");
            return;
        }
        out.append(value.getBytes(StandardCharsets.UTF_8).length)
                .append(':')
                .append(value)
                .append('\n');
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }
}
