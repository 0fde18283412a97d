package org.fusioncentre.access.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.fusioncentre.access.AuditEntry;
import org.fusioncentre.access.AuditRecord;
import org.fusioncentre.access.AuditVerification;
import org.fusioncentre.access.Marking;

/** Any single change to one stored entry is found, at that entry or, for a deletion, the next. */
class AuditChainPropertiesTest {
    private static final int LENGTH = 8;

    enum Field {
        SEQUENCE,
        TIME,
        ACTOR,
        ACTION,
        ENTITY_TYPE,
        ENTITY_ID,
        BEFORE,
        AFTER,
        MARKING,
        REASON,
        PREVIOUS_HASH,
        HASH
    }

    record Mutation(int index, Field field, String text) {}

    @Provide
    Arbitrary<Mutation> mutations() {
        return Combinators.combine(
                        Arbitraries.integers().between(0, LENGTH - 1),
                        Arbitraries.of(Field.class),
                        Arbitraries.strings().ofMinLength(1).ofMaxLength(20).alpha())
                .as(Mutation::new);
    }

    @Property(tries = 300)
    void anySingleFieldChangeIsFoundAtThatEntry(@ForAll("mutations") Mutation mutation) {
        List<AuditEntry> entries = new ArrayList<>(AuditChainTest.chain(LENGTH));
        AuditEntry original = entries.get(mutation.index());
        AuditEntry changed = mutate(original, mutation);
        entries.set(mutation.index(), changed);

        AuditVerification verification = AuditChainTest.verify(entries);

        assertThat(verification.intact()).isFalse();
        assertThat(verification.brokenAt()).isEqualTo(changed.sequence());
        assertThat(verification.entries()).isEqualTo(mutation.index());
    }

    @Property(tries = 50)
    void anySingleDeletionIsFoundAtTheNextEntryOrTheHead(@ForAll("positions") int index) {
        List<AuditEntry> chain = AuditChainTest.chain(LENGTH);
        List<AuditEntry> entries = new ArrayList<>(chain);
        entries.remove(index);
        ChainVerifier verifier = new ChainVerifier();
        entries.forEach(verifier::accept);

        AuditVerification verification = verifier.finish(LENGTH, chain.getLast().hash());

        assertThat(verification.brokenAt()).isEqualTo(index + 2L > LENGTH ? LENGTH : index + 2L);
    }

    @Provide
    Arbitrary<Integer> positions() {
        return Arbitraries.integers().between(0, LENGTH - 1);
    }

    private static AuditEntry mutate(AuditEntry entry, Mutation mutation) {
        AuditRecord r = entry.record();
        String text = mutation.text();
        return switch (mutation.field()) {
            case SEQUENCE ->
                new AuditEntry(
                        entry.sequence() + text.length(), entry.recordedAt(), r, entry.previousHash(), entry.hash());
            case TIME ->
                new AuditEntry(
                        entry.sequence(),
                        entry.recordedAt().plusMillis(text.length()),
                        r,
                        entry.previousHash(),
                        entry.hash());
            case ACTOR, ACTION, ENTITY_TYPE, ENTITY_ID, BEFORE, AFTER, MARKING, REASON ->
                with(entry, changed(r, mutation.field(), text));
            case PREVIOUS_HASH ->
                new AuditEntry(
                        entry.sequence(),
                        entry.recordedAt(),
                        r,
                        flip(entry.previousHash(), text.length()),
                        entry.hash());
            case HASH ->
                new AuditEntry(
                        entry.sequence(),
                        entry.recordedAt(),
                        r,
                        entry.previousHash(),
                        flip(entry.hash(), text.length()));
        };
    }

    /** The record with the one field changed (kept valid: actions and entity types stay lower-case). */
    private static AuditRecord changed(AuditRecord r, Field field, String text) {
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        return new AuditRecord(
                field == Field.ACTOR ? r.actor() + text : r.actor(),
                field == Field.ACTION ? r.action() + "." + lower : r.action(),
                field == Field.ENTITY_TYPE ? r.entityType() + lower : r.entityType(),
                field == Field.ENTITY_ID ? r.entityId() + text : r.entityId(),
                field == Field.BEFORE ? r.before() + text : r.before(),
                field == Field.AFTER ? (r.after() == null ? text : null) : r.after(),
                field == Field.MARKING ? (r.marking() == Marking.RED ? Marking.CLEAR : Marking.RED) : r.marking(),
                field == Field.REASON ? r.reason() + text : r.reason());
    }

    private static AuditEntry with(AuditEntry entry, AuditRecord record) {
        return new AuditEntry(entry.sequence(), entry.recordedAt(), record, entry.previousHash(), entry.hash());
    }

    /** The hash with one hex digit changed. */
    private static String flip(String hash, int position) {
        int at = position % hash.length();
        char digit = hash.charAt(at) == '0' ? '1' : '0';
        return hash.substring(0, at) + digit + hash.substring(at + 1);
    }
}
