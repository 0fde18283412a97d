package org.fusioncentre.coordination.web;

import org.fusioncentre.MovableClock;
import org.fusioncentre.TestDatabases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The coordination cycle on PostgreSQL, when FUSION_TEST_PG_URL names a server; a schema per test. */
@SpringBootTest(
        properties = {
            "fusion.pipeline.live=false",
            "fusion.pipeline.catch-up-on-start=false",
            "fusion.assessment.refresh=false",
            "fusion.coordination.escalation=false",
            "fusion.coordination.max-evidence-bytes=4096"
        })
@AutoConfigureMockMvc
@Import(MovableClock.Config.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_EACH_TEST_METHOD)
@EnabledIfEnvironmentVariable(
        named = TestDatabases.PG_URL_VARIABLE,
        matches = ".+",
        disabledReason = TestDatabases.PG_SKIP_REASON)
class CoordinationApiPostgresIntegrationTest extends CoordinationApiContract {
    private static final java.util.List<String> schemas = new java.util.ArrayList<>();

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        schemas.add(TestDatabases.postgres(registry, DATA));
    }

    @AfterAll
    static void dropSchemas() {
        schemas.forEach(TestDatabases::dropPostgresSchema);
    }
}
