package org.fusioncentre.intake.internal;

import java.nio.file.Path;
import org.fusioncentre.TestDatabases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.event.RecordApplicationEvents;

/** The intake contract on PostgreSQL, when FUSION_TEST_PG_URL names a server. */
@SpringBootTest
@RecordApplicationEvents
@EnabledIfEnvironmentVariable(
        named = TestDatabases.PG_URL_VARIABLE,
        matches = ".+",
        disabledReason = TestDatabases.PG_SKIP_REASON)
class IntakePostgresIntegrationTest extends IntakeStoreContract {
    @TempDir
    static Path dataDir;

    private static String schema;

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        schema = TestDatabases.postgres(registry, dataDir);
    }

    @AfterAll
    static void dropSchema() {
        if (schema != null) {
            TestDatabases.dropPostgresSchema(schema);
        }
    }
}
