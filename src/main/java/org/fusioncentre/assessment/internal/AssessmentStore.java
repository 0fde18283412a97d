package org.fusioncentre.assessment.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.fusioncentre.assessment.Assessment;
import org.fusioncentre.assessment.ThreatOverride;
import org.fusioncentre.assessment.model.ThreatLevel;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

/** Assessments and overrides in the relational store; plain SQL for H2 and PostgreSQL. */
@Repository
class AssessmentStore {
    private static final JsonMapper JSON = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .build();

    private final NamedParameterJdbcTemplate jdbc;

    AssessmentStore(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Replaces the day's assessments with these. */
    void replace(LocalDate asOf, List<Assessment> assessments) {
        jdbc.update("DELETE FROM assessment WHERE as_of = :asOf", new MapSqlParameterSource("asOf", asOf));
        MapSqlParameterSource[] rows = assessments.stream()
                .map(assessment -> new MapSqlParameterSource()
                        .addValue("unit", assessment.unitPcode())
                        .addValue("asOf", assessment.asOf())
                        .addValue("unitLevel", assessment.unitLevel().name())
                        .addValue("province", assessment.provincePcode())
                        .addValue("level", assessment.level().name())
                        .addValue("statistical", assessment.statisticalLevel().name())
                        .addValue("fatal", assessment.probabilityOfFatal())
                        .addValue("version", assessment.dataVersion())
                        .addValue("body", JSON.writeValueAsString(assessment))
                        .addValue("computedAt", OffsetDateTime.ofInstant(assessment.computedAt(), ZoneOffset.UTC)))
                .toArray(MapSqlParameterSource[]::new);
        jdbc.batchUpdate(
                "INSERT INTO assessment (unit_pcode, as_of, unit_level, province_pcode, level, statistical_level,"
                        + " probability_fatal, data_version, body, computed_at) VALUES (:unit, :asOf, :unitLevel,"
                        + " :province, :level, :statistical, :fatal, :version, :body, :computedAt)",
                rows);
    }

    List<Assessment> on(LocalDate asOf) {
        return jdbc.query(
                "SELECT body FROM assessment WHERE as_of = :asOf ORDER BY unit_level, unit_pcode",
                new MapSqlParameterSource("asOf", asOf),
                (row, index) -> JSON.readValue(row.getString("body"), Assessment.class));
    }

    /** The unit's latest assessment dated before the day (what a new one is compared with). */
    Optional<Assessment> before(String unit, LocalDate asOf) {
        return latest(unit, asOf.minusDays(1));
    }

    Optional<Assessment> latest(String unit, LocalDate asOf) {
        return jdbc
                .query(
                        "SELECT body FROM assessment WHERE unit_pcode = :unit AND as_of <= :asOf"
                                + " ORDER BY as_of DESC LIMIT 1",
                        new MapSqlParameterSource("unit", unit).addValue("asOf", asOf),
                        (row, index) -> JSON.readValue(row.getString("body"), Assessment.class))
                .stream()
                .findFirst();
    }

    /** The override in the API's JSON shape. */
    static String json(ThreatOverride override) {
        return JSON.writeValueAsString(override);
    }

    void add(ThreatOverride override) {
        jdbc.update(
                "INSERT INTO threat_override (id, unit_pcode, level, reason, author, created_at, expires_at)"
                        + " VALUES (:id, :unit, :level, :reason, :author, :createdAt, :expiresAt)",
                new MapSqlParameterSource()
                        .addValue("id", override.id())
                        .addValue("unit", override.unitPcode())
                        .addValue("level", override.level().name())
                        .addValue("reason", override.reason())
                        .addValue("author", override.author())
                        .addValue("createdAt", OffsetDateTime.ofInstant(override.createdAt(), ZoneOffset.UTC))
                        .addValue("expiresAt", OffsetDateTime.ofInstant(override.expiresAt(), ZoneOffset.UTC)));
    }

    /** Overrides of the unit, newest first; all units when null. */
    List<ThreatOverride> overrides(@Nullable String unit) {
        String where = unit == null ? "" : " WHERE unit_pcode = :unit";
        return jdbc.query(
                "SELECT id, unit_pcode, level, reason, author, created_at, expires_at FROM threat_override" + where
                        + " ORDER BY created_at DESC",
                new MapSqlParameterSource("unit", unit),
                (row, index) -> new ThreatOverride(
                        row.getObject("id", UUID.class),
                        row.getString("unit_pcode"),
                        ThreatLevel.valueOf(row.getString("level")),
                        row.getString("reason"),
                        row.getString("author"),
                        row.getTimestamp("created_at").toInstant(),
                        row.getTimestamp("expires_at").toInstant()));
    }
}
