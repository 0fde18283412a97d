package org.fusioncentre.access.internal;

import java.nio.file.Path;
import org.fusioncentre.TestDatabases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The audit log on PostgreSQL, when FUSION_TEST_PG_URL names a server; a schema of its own. */
@SpringBootTest(properties = {"fusion.pipeline.live=false", "fusion.assessment.refresh=false"})
@EnabledIfEnvironmentVariable(
        named = TestDatabases.PG_URL_VARIABLE,
        matches = ".+",
        disabledReason = TestDatabases.PG_SKIP_REASON)
class AuditLogPostgresIntegrationTest extends AuditLogContract {
    @TempDir
    static Path dataDir;

    private static String schema = "";

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        schema = TestDatabases.postgres(registry, dataDir);
    }

    @AfterAll
    static void dropSchema() {
        TestDatabases.dropPostgresSchema(schema);
    }
}
