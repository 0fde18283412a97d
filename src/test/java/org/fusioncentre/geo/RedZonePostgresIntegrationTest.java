package org.fusioncentre.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.UUID;
import org.fusioncentre.TestDatabases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Red zones stored in PostgreSQL (the API test covers H2). */
@SpringBootTest
@EnabledIfEnvironmentVariable(
        named = TestDatabases.PG_URL_VARIABLE,
        matches = ".+",
        disabledReason = TestDatabases.PG_SKIP_REASON)
class RedZonePostgresIntegrationTest {
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

    @Autowired
    RedZones zones;

    @Test
    void storesCirclesAndPolygonsAndRetiresThem() {
        Instant from = Instant.parse("2026-01-01T00:00:00Z");
        RedZone circle = zones.declare(new RedZone(
                UUID.randomUUID(), "Circle", new ZoneShape.Circle(30.2, 67.0, 1000), "Authority", from, null, null));
        RedZone polygon = zones.declare(new RedZone(
                UUID.randomUUID(),
                "Polygon",
                ZoneShape.polygon(
                        "{\"type\": \"Polygon\", \"coordinates\": [[[73.08, 33.72], [73.11, 33.72], [73.11, 33.74], [73.08, 33.74], [73.08, 33.72]]]}"),
                "Authority",
                from,
                Instant.parse("2027-01-01T00:00:00Z"),
                null));
        Instant during = Instant.parse("2026-06-01T00:00:00Z");

        assertThat(zones.zonesAt(30.2, 67.0, during)).extracting(RedZone::id).containsExactly(circle.id());
        assertThat(zones.zonesAt(33.73, 73.09, during)).extracting(RedZone::id).containsExactly(polygon.id());
        zones.retire(circle.id(), during);
        assertThat(zones.zonesAt(30.2, 67.0, Instant.parse("2026-07-01T00:00:00Z")))
                .isEmpty();
        assertThat(zones.zonesAt(30.2, 67.0, Instant.parse("2026-05-01T00:00:00Z")))
                .hasSize(1);
        assertThat(zones.find(polygon.id()))
                .get()
                .extracting(RedZone::validUntil)
                .isEqualTo(Instant.parse("2027-01-01T00:00:00Z"));
        assertThat(zones.list(false)).extracting(RedZone::name).containsExactly("Polygon");
    }
}
