package org.fusioncentre.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Instant;
import java.util.UUID;
import org.fusioncentre.geo.gazetteer.GeoJson;
import org.junit.jupiter.api.Test;

class ZoneShapeTest {
    private static final ZoneShape.Circle AIRPORT = new ZoneShape.Circle(24.9065, 67.1608, 2_500);

    @Test
    void aCircleContainsPointsWithinItsRadiusOnly() {
        assertThat(AIRPORT.contains(24.9065, 67.1608)).isTrue();
        assertThat(AIRPORT.contains(24.9265, 67.1608)).as("2.2 km north").isTrue();
        assertThat(AIRPORT.contains(24.9365, 67.1608)).as("3.3 km north").isFalse();
    }

    @Test
    void aPolygonContainsItsInteriorAndBorder() {
        String square =
                "{\"type\": \"Polygon\", \"coordinates\": [[[67.0, 30.1], [67.1, 30.1], [67.1, 30.2], [67.0, 30.2], [67.0, 30.1]]]}";
        ZoneShape.Area area = new ZoneShape.Area(square, GeoJson.polygon(square));

        assertThat(area.contains(30.15, 67.05)).isTrue();
        assertThat(area.contains(30.1, 67.05)).isTrue();
        assertThat(area.contains(30.25, 67.05)).isFalse();
    }

    @Test
    void aZoneCoversOnlyDuringItsValidityAndUntilRetired() {
        Instant from = Instant.parse("2026-01-01T00:00:00Z");
        Instant until = Instant.parse("2026-06-01T00:00:00Z");
        RedZone zone = new RedZone(UUID.randomUUID(), "Airport", AIRPORT, "Home Department", from, until, null);
        RedZone retired = new RedZone(
                zone.id(), zone.name(), AIRPORT, zone.authority(), from, until, Instant.parse("2026-03-01T00:00:00Z"));

        assertThat(zone.covers(24.9065, 67.1608, Instant.parse("2025-12-31T23:59:59Z")))
                .isFalse();
        assertThat(zone.covers(24.9065, 67.1608, Instant.parse("2026-04-01T00:00:00Z")))
                .isTrue();
        assertThat(zone.covers(24.9065, 67.1608, until)).isFalse();
        assertThat(retired.covers(24.9065, 67.1608, Instant.parse("2026-04-01T00:00:00Z")))
                .isFalse();
    }

    @Test
    void badShapesAreRejectedWithAMessage() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ZoneShape.Circle(95, 67, 100))
                .withMessageContaining("latitude");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ZoneShape.Circle(30, 67, 0))
                .withMessageContaining("radius");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> GeoJson.polygon("{\"type\": \"Point\", \"coordinates\": [67, 30]}"))
                .withMessageContaining("Polygon");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> GeoJson.polygon("not json"))
                .withMessageContaining("not GeoJSON");
        String bowtie = "{\"type\": \"Polygon\", \"coordinates\": [[[0, 0], [1, 1], [1, 0], [0, 1], [0, 0]]]}";
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ZoneShape.Area(bowtie, GeoJson.polygon(bowtie)))
                .withMessageContaining("valid");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new RedZone(
                        UUID.randomUUID(),
                        "x",
                        AIRPORT,
                        "y",
                        Instant.parse("2026-02-01T00:00:00Z"),
                        Instant.parse("2026-01-01T00:00:00Z"),
                        null))
                .withMessageContaining("end after it starts");
    }
}
