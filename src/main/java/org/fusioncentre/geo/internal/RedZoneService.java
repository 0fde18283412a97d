package org.fusioncentre.geo.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.fusioncentre.access.AuditLog;
import org.fusioncentre.access.AuditRecord;
import org.fusioncentre.geo.RedZone;
import org.fusioncentre.geo.RedZones;
import org.fusioncentre.geo.ZoneShape;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Red zones in the store. Point checks read a cached list of zones, reloaded after every change
 * here and at least once a minute, so zones declared on another node take effect within a minute.
 */
@Service
class RedZoneService implements RedZones {
    private static final Duration CACHE_LIFETIME = Duration.ofMinutes(1);

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;
    private final AuditLog audit;
    private volatile @Nullable Cached cached;

    private record Cached(List<RedZone> zones, Instant loadedAt) {}

    RedZoneService(NamedParameterJdbcTemplate jdbc, Clock clock, AuditLog audit) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.audit = audit;
    }

    @Override
    @Transactional
    public RedZone declare(RedZone zone) {
        MapSqlParameterSource row = new MapSqlParameterSource()
                .addValue("id", zone.id())
                .addValue("name", zone.name())
                .addValue("authority", zone.authority())
                .addValue("valid_from", utc(zone.validFrom()))
                .addValue("valid_until", utc(zone.validUntil()))
                .addValue("retired_at", utc(zone.retiredAt()))
                .addValue("created_at", utc(clock.instant()));
        switch (zone.shape()) {
            case ZoneShape.Circle circle ->
                row.addValue("kind", "CIRCLE")
                        .addValue("center_lat", circle.lat())
                        .addValue("center_lon", circle.lon())
                        .addValue("radius_m", circle.radiusMetres())
                        .addValue("geometry", null);
            case ZoneShape.Area area ->
                row.addValue("kind", "POLYGON")
                        .addValue("center_lat", null)
                        .addValue("center_lon", null)
                        .addValue("radius_m", null)
                        .addValue("geometry", area.geoJson());
        }
        jdbc.update(
                "INSERT INTO red_zone (id, name, kind, center_lat, center_lon, radius_m, geometry, authority, valid_from, valid_until, retired_at, created_at) "
                        + "VALUES (:id, :name, :kind, :center_lat, :center_lon, :radius_m, :geometry, :authority, :valid_from, :valid_until, :retired_at, :created_at)",
                row);
        // @Transactional: the zone and its audit entry commit together
        audit.record(new AuditRecord(
                audit.currentActor(),
                "red-zone.declare",
                "red-zone",
                zone.id().toString(),
                null,
                json(zone),
                null,
                null));
        cached = null;
        return zone;
    }

    @Override
    public List<RedZone> list(boolean includeRetired) {
        return jdbc.query(
                "SELECT * FROM red_zone" + (includeRetired ? "" : " WHERE retired_at IS NULL") + " ORDER BY name, id",
                Map.of(),
                RedZoneService::zone);
    }

    @Override
    public Optional<RedZone> find(UUID id) {
        return jdbc.query("SELECT * FROM red_zone WHERE id = :id", Map.of("id", id), RedZoneService::zone).stream()
                .findFirst();
    }

    @Override
    @Transactional
    public RedZone retire(UUID id, Instant at) {
        RedZone zone = find(id).orElseThrow(() -> new IllegalArgumentException("no red zone with id " + id));
        if (zone.retiredAt() != null) {
            throw new IllegalStateException("red zone " + id + " was already retired at " + zone.retiredAt());
        }
        jdbc.update(
                "UPDATE red_zone SET retired_at = :at WHERE id = :id AND retired_at IS NULL",
                new MapSqlParameterSource("id", id).addValue("at", utc(at)));
        RedZone retired = new RedZone(
                zone.id(), zone.name(), zone.shape(), zone.authority(), zone.validFrom(), zone.validUntil(), at);
        audit.record(new AuditRecord(
                audit.currentActor(),
                "red-zone.retire",
                "red-zone",
                id.toString(),
                json(zone),
                json(retired),
                null,
                null));
        cached = null;
        return retired;
    }

    /** A zone as its audit entries show it. */
    private static String json(RedZone zone) {
        Map<String, Object> fields = new java.util.LinkedHashMap<>();
        fields.put("name", zone.name());
        fields.put("authority", zone.authority());
        switch (zone.shape()) {
            case ZoneShape.Circle circle -> {
                fields.put("lat", circle.lat());
                fields.put("lon", circle.lon());
                fields.put("radius_m", circle.radiusMetres());
            }
            case ZoneShape.Area area -> fields.put("geometry", area.geoJson());
        }
        fields.put("valid_from", zone.validFrom().toString());
        fields.put(
                "valid_until",
                zone.validUntil() == null ? null : zone.validUntil().toString());
        fields.put(
                "retired_at", zone.retiredAt() == null ? null : zone.retiredAt().toString());
        return JSON.writeValueAsString(fields);
    }

    @Override
    public List<RedZone> zonesAt(double lat, double lon, Instant time) {
        org.fusioncentre.geo.Coordinates.check(lat, lon);
        return zones().stream().filter(zone -> zone.covers(lat, lon, time)).toList();
    }

    private List<RedZone> zones() {
        Cached current = cached;
        Instant now = clock.instant();
        if (current == null || current.loadedAt().plus(CACHE_LIFETIME).isBefore(now)) {
            current = new Cached(list(true), now);
            cached = current;
        }
        return current.zones();
    }

    private static @Nullable OffsetDateTime utc(@Nullable Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime time = rs.getObject(column, OffsetDateTime.class);
        return time == null ? null : time.toInstant();
    }

    private static RedZone zone(ResultSet rs, int row) throws SQLException {
        ZoneShape shape = switch (rs.getString("kind")) {
            case "CIRCLE" ->
                new ZoneShape.Circle(rs.getDouble("center_lat"), rs.getDouble("center_lon"), rs.getDouble("radius_m"));
            case "POLYGON" -> ZoneShape.polygon(rs.getString("geometry"));
            default -> throw new IllegalStateException("red zone of unknown kind " + rs.getString("kind"));
        };
        return new RedZone(
                rs.getObject("id", UUID.class),
                rs.getString("name"),
                shape,
                rs.getString("authority"),
                java.util.Objects.requireNonNull(instant(rs, "valid_from")),
                instant(rs, "valid_until"),
                instant(rs, "retired_at"));
    }
}
