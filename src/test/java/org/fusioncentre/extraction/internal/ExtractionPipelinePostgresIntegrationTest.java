package org.fusioncentre.extraction.internal;

import java.nio.file.Path;
import org.fusioncentre.TestDatabases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The extraction stage on PostgreSQL, when FUSION_TEST_PG_URL names a server. */
@SpringBootTest
@Import(ExtractionPipelineContract.Probe.class)
@EnabledIfEnvironmentVariable(
        named = TestDatabases.PG_URL_VARIABLE,
        matches = ".+",
        disabledReason = TestDatabases.PG_SKIP_REASON)
class ExtractionPipelinePostgresIntegrationTest extends ExtractionPipelineContract {
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
