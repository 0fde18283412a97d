package org.fusioncentre.access.internal;

import java.nio.file.Path;
import org.fusioncentre.TestDatabases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Accounts on PostgreSQL, when FUSION_TEST_PG_URL names a server; a schema per test. */
@SpringBootTest
@Import(AccountsContract.Clocks.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_EACH_TEST_METHOD)
@EnabledIfEnvironmentVariable(
        named = TestDatabases.PG_URL_VARIABLE,
        matches = ".+",
        disabledReason = TestDatabases.PG_SKIP_REASON)
class AccountsPostgresIntegrationTest extends AccountsContract {
    @TempDir
    static Path dataDir;

    private static final java.util.List<String> schemas = new java.util.ArrayList<>();

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        schemas.add(TestDatabases.postgres(registry, dataDir));
    }

    @AfterAll
    static void dropSchemas() {
        schemas.forEach(TestDatabases::dropPostgresSchema);
    }
}
