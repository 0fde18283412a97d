package org.fusioncentre.extraction.internal;

import java.nio.file.Path;
import org.fusioncentre.TestDatabases;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The extraction stage on the embedded H2 store. */
@SpringBootTest
@Import(ExtractionPipelineContract.Probe.class)
class ExtractionPipelineH2IntegrationTest extends ExtractionPipelineContract {
    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        TestDatabases.h2(registry, dataDir);
    }
}
