package org.fusioncentre.intake.internal;

import java.nio.file.Path;
import org.fusioncentre.TestDatabases;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.event.RecordApplicationEvents;

/** The intake contract on the embedded H2 store. */
@SpringBootTest
@RecordApplicationEvents
class IntakeH2IntegrationTest extends IntakeStoreContract {
    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        TestDatabases.h2(registry, dataDir);
    }
}
