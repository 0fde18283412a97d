package org.fusioncentre.access.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;
import org.fusioncentre.access.AuditEntry;
import org.fusioncentre.access.AuditLog;
import org.fusioncentre.access.AuditQuery;
import org.fusioncentre.access.AuditRecord;
import org.fusioncentre.access.AuditVerification;
import org.fusioncentre.access.Marking;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit log on a real store: entries read back exactly as hashed, filters, and tampering with
 * the stored table found at the right entry. Run on H2 and PostgreSQL by the subclasses.
 */
abstract class AuditLogContract {
    @Autowired
    AuditLog audit;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactionManager;

    @BeforeEach
    void emptyLog() {
        jdbc.update("DELETE FROM audit_entry");
        jdbc.update("UPDATE audit_head SET last_seq = 0, last_hash = ?", AuditEntry.GENESIS_HASH);
    }

    private List<AuditEntry> recordSix() {
        List<AuditEntry> entries = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            entries.add(audit.record(new AuditRecord(
                    i % 2 == 0 ? "amina" : "cli:ops",
                    i % 3 == 0 ? "assessment.override" : "incident.merge",
                    i % 3 == 0 ? "threat-override" : "incident",
                    "entity-" + i,
                    "{\"status\":\"AUTOMATIC\",\"n\":" + i + "}",
                    i == 4 ? null : "{\"status\":\"CONFIRMED\",\"text\":\"ünïcode ✓\"}",
                    i == 5 ? Marking.AMBER_STRICT : null,
                    i == 2 ? null : "reason " + i)));
        }
        return entries;
    }

    @Test
    void recordedEntriesReadBackAsHashedAndVerify() {
        List<AuditEntry> recorded = recordSix();

        assertThat(recorded).extracting(AuditEntry::sequence).containsExactly(1L, 2L, 3L, 4L, 5L, 6L);
        assertThat(recorded.getFirst().previousHash()).isEqualTo(AuditEntry.GENESIS_HASH);
        assertThat(audit.entries(AuditQuery.all(100))).containsExactlyElementsOf(recorded);
        assertThat(audit.verify()).isEqualTo(AuditVerification.intact(6));
    }

    @Test
    void filtersAndCursorsSelectEntries() {
        List<AuditEntry> recorded = recordSix();

        assertThat(audit.entries(new AuditQuery("amina", null, null, null, null, null, null, 100, false)))
                .extracting(AuditEntry::sequence)
                .containsExactly(2L, 4L, 6L);
        assertThat(audit.entries(new AuditQuery(null, "assessment.", null, null, null, null, null, 100, false)))
                .extracting(AuditEntry::sequence)
                .containsExactly(3L, 6L);
        assertThat(audit.entries(new AuditQuery(null, "incident_", null, null, null, null, null, 100, false)))
                .isEmpty();
        assertThat(audit.entries(new AuditQuery(null, null, "incident", "entity-4", null, null, null, 100, false)))
                .extracting(AuditEntry::sequence)
                .containsExactly(4L);
        assertThat(audit.entries(new AuditQuery(null, null, null, null, null, null, 2L, 3, false)))
                .extracting(AuditEntry::sequence)
                .containsExactly(3L, 4L, 5L);
        assertThat(audit.entries(new AuditQuery(null, null, null, null, null, null, null, 2, true)))
                .extracting(AuditEntry::sequence)
                .containsExactly(6L, 5L);
        assertThat(audit.entries(new AuditQuery(null, null, null, null, null, null, 5L, 2, true)))
                .extracting(AuditEntry::sequence)
                .containsExactly(4L, 3L);
        Instant third = recorded.get(2).recordedAt();
        assertThat(audit.entries(new AuditQuery(null, null, null, null, third, null, null, 100, false)))
                .allSatisfy(entry -> assertThat(entry.recordedAt()).isAfterOrEqualTo(third))
                .extracting(AuditEntry::sequence)
                .contains(3L, 6L);
        assertThat(audit.entries(new AuditQuery(null, null, null, null, null, third, null, 100, false)))
                .extracting(AuditEntry::sequence)
                .doesNotContain(3L, 4L, 5L, 6L);
    }

    @Test
    void anEditedFieldInTheTableIsFoundAtThatEntry() {
        recordSix();

        jdbc.update("UPDATE audit_entry SET reason = 'nothing to see' WHERE seq = 4");

        AuditVerification verification = audit.verify();
        assertThat(verification.intact()).isFalse();
        assertThat(verification.brokenAt()).isEqualTo(4L);
        assertThat(verification.entries()).isEqualTo(3);
        assertThat(verification.reason()).contains("edited");
    }

    @Test
    void anEditedTimeInTheTableIsFoundAtThatEntry() {
        recordSix();

        jdbc.update("UPDATE audit_entry SET recorded_at = recorded_at - INTERVAL '1' HOUR WHERE seq = 2");

        assertThat(audit.verify().brokenAt()).isEqualTo(2L);
    }

    @Test
    void aDeletedRowIsFoundAtTheNextEntry() {
        recordSix();

        jdbc.update("DELETE FROM audit_entry WHERE seq = 3");

        AuditVerification verification = audit.verify();
        assertThat(verification.brokenAt()).isEqualTo(4L);
        assertThat(verification.reason()).contains("deleted");
    }

    @Test
    void rowsDeletedFromTheEndAreFoundAgainstTheHead() {
        recordSix();

        jdbc.update("DELETE FROM audit_entry WHERE seq >= 5");

        assertThat(audit.verify().brokenAt()).isEqualTo(5L);
    }

    @Test
    void aRowInsertedPastTheHeadIsFound() {
        recordSix();

        jdbc.update("INSERT INTO audit_entry (seq, recorded_at, actor, action, entity_type, entity_id, previous_hash,"
                + " entry_hash) SELECT 7, recorded_at, actor, action, entity_type, entity_id, entry_hash,"
                + " entry_hash FROM audit_entry WHERE seq = 6");

        AuditVerification verification = audit.verify();
        assertThat(verification.brokenAt()).isEqualTo(7L);
        assertThat(verification.reason()).contains("inserted");
    }

    @Test
    void swappedSequenceNumbersAreFoundAtTheFirstSwappedEntry() {
        recordSix();

        jdbc.update("UPDATE audit_entry SET seq = -2 WHERE seq = 2");
        jdbc.update("UPDATE audit_entry SET seq = 2 WHERE seq = 5");
        jdbc.update("UPDATE audit_entry SET seq = 5 WHERE seq = -2");

        AuditVerification verification = audit.verify();
        assertThat(verification.brokenAt()).isEqualTo(2L);
        assertThat(verification.reason()).contains("previous hash");
    }

    @Test
    void anEntryRecordedInARolledBackTransactionLeavesNoTrace() {
        audit.record(AuditRecord.of("amina", "incident.confirm", "incident", "a"));
        TransactionTemplate transaction = new TransactionTemplate(transactionManager);

        assertThatIllegalStateException()
                .isThrownBy(() -> transaction.executeWithoutResult(status -> {
                    audit.record(AuditRecord.of("amina", "incident.confirm", "incident", "b"));
                    throw new IllegalStateException("the audited change failed");
                }));
        AuditEntry next = audit.record(AuditRecord.of("amina", "incident.confirm", "incident", "c"));

        assertThat(next.sequence()).isEqualTo(2);
        assertThat(audit.entries(AuditQuery.all(10)))
                .extracting(entry -> entry.record().entityId())
                .containsExactly("a", "c");
        assertThat(audit.verify()).isEqualTo(AuditVerification.intact(2));
    }

    @Test
    void concurrentAppendsKeepOneChainWithConsecutiveSequenceNumbers() throws Exception {
        int threads = 6;
        int each = 20;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Callable<Void>> writers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                String actor = "writer-" + t;
                writers.add(() -> {
                    for (int i = 0; i < each; i++) {
                        audit.record(AuditRecord.of(actor, "incident.confirm", "incident", actor + "-" + i));
                    }
                    return null;
                });
            }
            for (Future<Void> done : pool.invokeAll(writers)) {
                done.get();
            }
        } finally {
            pool.shutdown();
        }

        List<AuditEntry> entries = audit.entries(AuditQuery.all(1000));
        assertThat(entries)
                .extracting(AuditEntry::sequence)
                .containsExactlyElementsOf(
                        LongStream.rangeClosed(1, (long) threads * each).boxed().toList());
        assertThat(audit.verify()).isEqualTo(AuditVerification.intact((long) threads * each));
    }
}
