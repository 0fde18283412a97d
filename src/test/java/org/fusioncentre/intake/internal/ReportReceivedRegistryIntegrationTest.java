package org.fusioncentre.intake.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.fusioncentre.TestDatabases;
import org.fusioncentre.intake.ImportOptions;
import org.fusioncentre.intake.ImportProgress;
import org.fusioncentre.intake.IngestSummary;
import org.fusioncentre.intake.Intake;
import org.fusioncentre.intake.ReportId;
import org.fusioncentre.intake.ReportReceived;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * ReportReceived goes through the JDBC event publication registry: a module listening for it (as
 * extraction does) gets every event, and once each delivery is done the registry holds nothing
 * for it (completed publications are deleted; what stays is work left after a crash).
 */
@SpringBootTest
@Import(ReportReceivedRegistryIntegrationTest.Probe.class)
class ReportReceivedRegistryIntegrationTest {
    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        TestDatabases.h2(registry, dataDir);
    }

    @TestConfiguration
    static class Probe {
        private final Set<ReportId> received = ConcurrentHashMap.newKeySet();

        @ApplicationModuleListener
        void on(ReportReceived event) {
            received.add(event.reportId());
        }

        /** Read through a method: the bean is an asynchronous, transactional proxy whose fields are not this one's. */
        Set<ReportId> received() {
            return received;
        }
    }

    @Autowired
    Intake intake;

    @Autowired
    Probe probe;

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path files;

    @Test
    void everyStoredReportReachesListenersThroughTheRegistry() throws Exception {
        Path file = files.resolve("events.jsonl");
        Files.writeString(
                file, "{\"source\": \"Registry\", \"body\": \"one\"}\n{\"source\": \"Registry\", \"body\": \"two\"}\n");
        IngestSummary summary = new IngestSummary(10);

        intake.importPaths(List.of(file), ImportOptions.defaults(), summary, ImportProgress.NONE);

        assertThat(summary.accepted()).isEqualTo(2);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(probe.received()).hasSize(2);
            assertThat(jdbc.queryForObject(
                            "SELECT COUNT(*) FROM event_publication WHERE event_type LIKE '%ReportReceived'",
                            Long.class))
                    .isZero();
        });
    }
}
