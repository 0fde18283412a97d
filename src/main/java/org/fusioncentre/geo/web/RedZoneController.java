package org.fusioncentre.geo.web;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.fusioncentre.geo.RedZone;
import org.fusioncentre.geo.RedZones;
import org.fusioncentre.geo.ZoneShape;
import org.fusioncentre.platform.Problems;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code /api/v1/geo/red-zones}: declare, list, retire red zones, and check a point against them. */
@RestController
@RequestMapping(path = "/api/v1/geo/red-zones", produces = MediaType.APPLICATION_JSON_VALUE)
class RedZoneController {
    private final RedZones zones;
    private final Clock clock;
    private final JsonMapper json;

    RedZoneController(RedZones zones, Clock clock, JsonMapper json) {
        this.zones = zones;
        this.clock = clock;
        this.json = json;
    }

    /**
     * Declares a zone: {@code {"name", "authority", "valid_from"?, "valid_until"?, "circle": {"lat",
     * "lon", "radius_m"}}} or with {@code "polygon"}: a GeoJSON Polygon or MultiPolygon.
     */
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ZoneView> declare(@RequestBody ZoneRequest request) {
        if (request.name() == null || request.authority() == null) {
            throw new IllegalArgumentException("'name' and 'authority' are required");
        }
        if ((request.circle() == null) == (request.polygon() == null)) {
            throw new IllegalArgumentException("give exactly one of 'circle' and 'polygon'");
        }
        ZoneShape shape;
        if (request.circle() != null) {
            CircleRequest circle = request.circle();
            if (circle.lat() == null || circle.lon() == null || circle.radiusM() == null) {
                throw new IllegalArgumentException("a circle needs 'lat', 'lon' and 'radius_m'");
            }
            shape = new ZoneShape.Circle(circle.lat(), circle.lon(), circle.radiusM());
        } else {
            String geoJson = java.util.Objects.requireNonNull(request.polygon()).toString();
            shape = ZoneShape.polygon(geoJson);
        }
        Instant from = request.validFrom() == null
                ? clock.instant()
                : request.validFrom().toInstant();
        RedZone zone = zones.declare(new RedZone(
                UUID.randomUUID(),
                request.name().strip(),
                shape,
                request.authority().strip(),
                from,
                request.validUntil() == null ? null : request.validUntil().toInstant(),
                null));
        return ResponseEntity.created(URI.create("/api/v1/geo/red-zones/" + zone.id()))
                .body(ZoneView.of(zone, clock.instant(), json));
    }

    @GetMapping
    List<ZoneView> list(@RequestParam(name = "include_retired", defaultValue = "false") boolean includeRetired) {
        Instant now = clock.instant();
        return zones.list(includeRetired).stream()
                .map(zone -> ZoneView.of(zone, now, json))
                .toList();
    }

    @GetMapping("/{id}")
    ZoneView get(@PathVariable UUID id) {
        return zones.find(id)
                .map(zone -> ZoneView.of(zone, clock.instant(), json))
                .orElseThrow(() -> new IllegalArgumentException("no red zone with id " + id));
    }

    @PostMapping("/{id}/retire")
    ZoneView retire(@PathVariable UUID id) {
        return ZoneView.of(zones.retire(id, clock.instant()), clock.instant(), json);
    }

    /** The zones in force at {@code at} (default: now) that cover the point. */
    @GetMapping("/check")
    CheckView check(
            @RequestParam double lat,
            @RequestParam double lon,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) @Nullable
                    OffsetDateTime at) {
        Instant time = at == null ? clock.instant() : at.toInstant();
        List<RedZone> found = zones.zonesAt(lat, lon, time);
        return new CheckView(
                !found.isEmpty(),
                found.stream().map(zone -> ZoneView.of(zone, time, json)).toList());
    }

    @ExceptionHandler
    ProblemDetail badValue(IllegalArgumentException e) {
        return Problems.of(HttpStatus.BAD_REQUEST, "bad-request", "Bad request", e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail conflict(IllegalStateException e) {
        return Problems.of(HttpStatus.CONFLICT, "zone-already-retired", "Zone already retired", e.getMessage());
    }

    record CircleRequest(
            @Nullable Double lat,
            @Nullable Double lon,
            @Nullable Double radiusM) {}

    record ZoneRequest(
            @Nullable String name,
            @Nullable String authority,
            @Nullable OffsetDateTime validFrom,
            @Nullable OffsetDateTime validUntil,
            @Nullable CircleRequest circle,
            @Nullable JsonNode polygon) {}

    record ZoneView(
            String id,
            String name,
            String authority,
            String kind,
            @Nullable Double lat,
            @Nullable Double lon,
            @Nullable Double radiusM,
            @Nullable JsonNode polygon,
            Instant validFrom,
            @Nullable Instant validUntil,
            @Nullable Instant retiredAt,
            boolean active) {
        static ZoneView of(RedZone zone, Instant now, JsonMapper json) {
            return switch (zone.shape()) {
                case ZoneShape.Circle circle ->
                    new ZoneView(
                            zone.id().toString(),
                            zone.name(),
                            zone.authority(),
                            "CIRCLE",
                            circle.lat(),
                            circle.lon(),
                            circle.radiusMetres(),
                            null,
                            zone.validFrom(),
                            zone.validUntil(),
                            zone.retiredAt(),
                            zone.activeAt(now));
                case ZoneShape.Area area ->
                    new ZoneView(
                            zone.id().toString(),
                            zone.name(),
                            zone.authority(),
                            "POLYGON",
                            null,
                            null,
                            null,
                            json.readTree(area.geoJson()),
                            zone.validFrom(),
                            zone.validUntil(),
                            zone.retiredAt(),
                            zone.activeAt(now));
            };
        }
    }

    record CheckView(boolean inZone, List<ZoneView> zones) {}
}
