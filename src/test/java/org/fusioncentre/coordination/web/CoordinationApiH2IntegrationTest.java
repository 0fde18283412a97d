package org.fusioncentre.coordination.web;

import org.fusioncentre.MovableClock;
import org.fusioncentre.TestDatabases;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The coordination cycle on the embedded store. */
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
class CoordinationApiH2IntegrationTest extends CoordinationApiContract {
    private static int store;

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        TestDatabases.h2(registry, DATA.resolve("store-" + (++store)));
    }
}
