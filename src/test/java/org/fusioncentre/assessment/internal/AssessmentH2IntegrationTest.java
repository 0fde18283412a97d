package org.fusioncentre.assessment.internal;

import java.nio.file.Path;
import org.fusioncentre.TestDatabases;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Assessments on the embedded H2 store; a fresh store per test. */
@SpringBootTest
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_EACH_TEST_METHOD)
class AssessmentH2IntegrationTest extends AssessmentContract {
    @TempDir
    static Path dataDir;

    private static int store;

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        TestDatabases.h2(registry, dataDir.resolve("store-" + (++store)));
    }
}
