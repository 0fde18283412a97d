package org.fusioncentre.access.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.fusioncentre.access.AuditEntry;
import org.fusioncentre.access.AuditRecord;
import org.fusioncentre.access.AuditVerification;
import org.fusioncentre.access.Marking;
import org.junit.jupiter.api.Test;

class AuditChainTest {
    private static final Instant START = Instant.parse("2026-11-29T07:00:00.123456Z");

    static List<AuditEntry> chain(int length) {
        List<AuditEntry> entries = new ArrayList<>();
        String previous = AuditEntry.GENESIS_HASH;
        for (int i = 1; i <= length; i++) {
            AuditEntry entry = AuditChain.append(
                    i,
                    START.plusSeconds(i),
                    new AuditRecord(
                            "analyst" + (i % 3),
                            i % 2 == 0 ? "incident.merge" : "assessment.override",
                            "incident",
                            "id-" + i,
                            "{\"before\":" + i + "}",
                            i % 4 == 0 ? null : "{\"after\":" + i + "}",
                            i % 5 == 0 ? Marking.AMBER : null,
                            "reason " + i),
                    previous);
            entries.add(entry);
            previous = entry.hash();
        }
        return entries;
    }

    static AuditVerification verify(List<AuditEntry> entries) {
        ChainVerifier verifier = new ChainVerifier();
        entries.forEach(verifier::accept);
        return verifier.finish();
    }

    private static AuditEntry withRecord(AuditEntry entry, AuditRecord record) {
        return new AuditEntry(entry.sequence(), entry.recordedAt(), record, entry.previousHash(), entry.hash());
    }

    @Test
    void aChainAsAppendedVerifiesWithItsCountAndStartsFromTheGenesisHash() {
        List<AuditEntry> entries = chain(10);

        assertThat(verify(entries)).isEqualTo(AuditVerification.intact(10));
        assertThat(entries.getFirst().previousHash()).isEqualTo("0".repeat(64));
        assertThat(entries.get(1).previousHash()).isEqualTo(entries.getFirst().hash());
        assertThat(entries)
                .allSatisfy(entry -> assertThat(AuditEntry.isHash(entry.hash())).isTrue());
        assertThat(verify(List.of())).isEqualTo(AuditVerification.intact(0));
    }

    @Test
    void timesAreHashedAndKeptToTheMillisecond() {
        AuditEntry entry = chain(1).getFirst();

        assertThat(entry.recordedAt()).isEqualTo(Instant.parse("2026-11-29T07:00:01.123Z"));
        assertThat(AuditChain.canonical(1, Instant.parse("2026-11-29T07:00:01.123999Z"), entry.record(), "x"))
                .contains("24:2026-11-29T07:00:01.123Z\n");
        assertThat(AuditChain.expectedHash(entry)).isEqualTo(entry.hash());
    }

    @Test
    void anEditedFieldBreaksTheChainAtThatEntry() {
        List<AuditEntry> entries = new ArrayList<>(chain(6));
        AuditEntry fourth = entries.get(3);
        AuditRecord r = fourth.record();
        entries.set(
                3,
                withRecord(
                        fourth,
                        new AuditRecord(
                                "someone-else",
                                r.action(),
                                r.entityType(),
                                r.entityId(),
                                r.before(),
                                r.after(),
                                r.marking(),
                                r.reason())));

        AuditVerification verification = verify(entries);

        assertThat(verification.intact()).isFalse();
        assertThat(verification.brokenAt()).isEqualTo(4L);
        assertThat(verification.entries()).isEqualTo(3);
        assertThat(verification.reason()).contains("edited");
    }

    @Test
    void anEditedTimeBreaksTheChainAtThatEntry() {
        List<AuditEntry> entries = new ArrayList<>(chain(3));
        AuditEntry second = entries.get(1);
        entries.set(
                1,
                new AuditEntry(
                        2, second.recordedAt().minusMillis(1), second.record(), second.previousHash(), second.hash()));

        assertThat(verify(entries).brokenAt()).isEqualTo(2L);
    }

    @Test
    void aDeletedEntryBreaksTheChainAtTheNextOne() {
        List<AuditEntry> entries = new ArrayList<>(chain(6));
        entries.remove(2);

        AuditVerification verification = verify(entries);

        assertThat(verification.brokenAt()).isEqualTo(4L);
        assertThat(verification.reason()).contains("deleted");
    }

    @Test
    void aRecomputedHashAfterAnEditBreaksTheChainAtTheNextEntry() {
        List<AuditEntry> entries = new ArrayList<>(chain(5));
        AuditEntry second = entries.get(1);
        AuditEntry forged = AuditChain.append(
                2,
                second.recordedAt(),
                AuditRecord.of("forger", "incident.merge", "incident", "x"),
                second.previousHash());
        entries.set(1, forged);

        AuditVerification verification = verify(entries);

        assertThat(verification.brokenAt()).isEqualTo(3L);
        assertThat(verification.reason()).contains("previous hash");
    }

    @Test
    void swappedEntriesBreakTheChainAtTheFirstOneOutOfPlace() {
        List<AuditEntry> entries = new ArrayList<>(chain(6));
        AuditEntry second = entries.get(1);
        entries.set(1, entries.get(2));
        entries.set(2, second);

        AuditVerification verification = verify(entries);

        assertThat(verification.brokenAt()).isEqualTo(3L);
        assertThat(verification.reason()).contains("deleted");
    }

    @Test
    void swappedSequenceNumbersBreakTheChainAtTheFirstSwappedPosition() {
        List<AuditEntry> entries = new ArrayList<>(chain(6));
        AuditEntry second = entries.get(1);
        AuditEntry third = entries.get(2);
        // what a reordering in the table looks like once read back in sequence order
        entries.set(1, new AuditEntry(2, third.recordedAt(), third.record(), third.previousHash(), third.hash()));
        entries.set(2, new AuditEntry(3, second.recordedAt(), second.record(), second.previousHash(), second.hash()));

        AuditVerification verification = verify(entries);

        assertThat(verification.brokenAt()).isEqualTo(2L);
        assertThat(verification.reason()).contains("previous hash");
    }

    @Test
    void entriesDeletedFromTheEndBreakTheChainAgainstItsHead() {
        List<AuditEntry> entries = chain(5);
        ChainVerifier verifier = new ChainVerifier();
        entries.subList(0, 3).forEach(verifier::accept);

        AuditVerification verification = verifier.finish(5, entries.getLast().hash());

        assertThat(verification.brokenAt()).isEqualTo(4L);
        assertThat(verification.reason()).contains("deleted from the end");
    }

    @Test
    void aReplacedLastEntryBreaksTheChainAgainstItsHead() {
        List<AuditEntry> entries = chain(3);
        ChainVerifier verifier = new ChainVerifier();
        entries.forEach(verifier::accept);

        assertThat(verifier.finish(3, entries.getLast().hash())).isEqualTo(AuditVerification.intact(3));
        ChainVerifier other = new ChainVerifier();
        entries.forEach(other::accept);
        assertThat(other.finish(3, entries.get(1).hash()).brokenAt()).isEqualTo(3L);
    }

    @Test
    void fieldsCannotBeShiftedIntoEachOtherWithoutChangingTheHash() {
        // "ab" + "c" and "a" + "bc" must not hash alike: each field carries its length
        AuditRecord one = new AuditRecord("a", "x.y", "ab", "c", null, null, null, null);
        AuditRecord two = new AuditRecord("a", "x.y", "a", "bc", null, null, null, null);
        AuditRecord absent = new AuditRecord("a", "x.y", "a", "b", null, "", null, null);
        AuditRecord empty = new AuditRecord("a", "x.y", "a", "b", "", null, null, null);

        assertThat(AuditChain.append(1, START, one, AuditEntry.GENESIS_HASH).hash())
                .isNotEqualTo(AuditChain.append(1, START, two, AuditEntry.GENESIS_HASH)
                        .hash());
        assertThat(AuditChain.append(1, START, absent, AuditEntry.GENESIS_HASH).hash())
                .isNotEqualTo(AuditChain.append(1, START, empty, AuditEntry.GENESIS_HASH)
                        .hash());
    }
}
