package org.fusioncentre.access.internal;

import java.nio.file.Path;
import org.fusioncentre.TestDatabases;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The audit log on the embedded H2 store; the log is emptied before each test. */
@SpringBootTest(properties = {"fusion.pipeline.live=false", "fusion.assessment.refresh=false"})
class AuditLogH2IntegrationTest extends AuditLogContract {
    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        TestDatabases.h2(registry, dataDir);
    }
}
