package org.fusioncentre.access.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.fusioncentre.access.AuditEntry;
import org.fusioncentre.access.AuditQuery;
import org.fusioncentre.access.AuditRecord;
import org.fusioncentre.access.Marking;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/** Audit entries and the chain's head in the relational store; plain SQL for H2 and PostgreSQL. */
@Repository
class AuditStore {
    private static final String COLUMNS = "seq, recorded_at, actor, action, entity_type, entity_id, before_state,"
            + " after_state, marking, reason, previous_hash, entry_hash";

    record Head(long sequence, String hash) {}

    private final NamedParameterJdbcTemplate jdbc;

    AuditStore(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The head, locked until the caller's transaction ends: appends queue up here. */
    Head lockHead() {
        return head(" FOR UPDATE");
    }

    Head head() {
        return head("");
    }

    private Head head(String lock) {
        return jdbc.queryForObject(
                "SELECT last_seq, last_hash FROM audit_head WHERE id = 1" + lock,
                new MapSqlParameterSource(),
                (row, index) -> new Head(row.getLong("last_seq"), row.getString("last_hash")));
    }

    /** The highest sequence number in the table; 0 when it is empty. */
    long lastSequence() {
        Long last = jdbc.queryForObject("SELECT MAX(seq) FROM audit_entry", new MapSqlParameterSource(), Long.class);
        return last == null ? 0 : last;
    }

    void append(AuditEntry entry) {
        AuditRecord what = entry.record();
        jdbc.update(
                "INSERT INTO audit_entry (" + COLUMNS + ") VALUES (:seq, :at, :actor, :action, :type, :id, :before,"
                        + " :after, :marking, :reason, :previous, :hash)",
                new MapSqlParameterSource()
                        .addValue("seq", entry.sequence())
                        .addValue("at", OffsetDateTime.ofInstant(entry.recordedAt(), ZoneOffset.UTC))
                        .addValue("actor", what.actor())
                        .addValue("action", what.action())
                        .addValue("type", what.entityType())
                        .addValue("id", what.entityId())
                        .addValue("before", what.before())
                        .addValue("after", what.after())
                        .addValue(
                                "marking",
                                what.marking() == null ? null : what.marking().label())
                        .addValue("reason", what.reason())
                        .addValue("previous", entry.previousHash())
                        .addValue("hash", entry.hash()));
        int moved = jdbc.update(
                "UPDATE audit_head SET last_seq = :seq, last_hash = :hash WHERE id = 1 AND last_seq = :previous",
                new MapSqlParameterSource()
                        .addValue("seq", entry.sequence())
                        .addValue("hash", entry.hash())
                        .addValue("previous", entry.sequence() - 1));
        if (moved != 1) {
            throw new IllegalStateException("the audit chain's head moved while entry " + entry.sequence()
                    + " was appended; appends must hold the head's lock");
        }
    }

    /** A stretch of the chain in sequence order: entries after {@code after} up to {@code upTo}. */
    List<AuditEntry> chain(long after, long upTo, int limit) {
        return jdbc.query(
                "SELECT " + COLUMNS + " FROM audit_entry WHERE seq > :after AND seq <= :upTo ORDER BY seq LIMIT :limit",
                new MapSqlParameterSource()
                        .addValue("after", after)
                        .addValue("upTo", upTo)
                        .addValue("limit", limit),
                AuditStore::entry);
    }

    List<AuditEntry> find(AuditQuery query) {
        List<String> where = new ArrayList<>();
        MapSqlParameterSource parameters = new MapSqlParameterSource().addValue("limit", query.limit());
        if (query.actor() != null) {
            where.add("actor = :actor");
            parameters.addValue("actor", query.actor());
        }
        if (query.actionPrefix() != null) {
            where.add("action LIKE :action ESCAPE '!'");
            parameters.addValue(
                    "action",
                    query.actionPrefix().replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
        }
        if (query.entityType() != null) {
            where.add("entity_type = :type");
            parameters.addValue("type", query.entityType());
        }
        if (query.entityId() != null) {
            where.add("entity_id = :id");
            parameters.addValue("id", query.entityId());
        }
        if (query.from() != null) {
            where.add("recorded_at >= :from");
            parameters.addValue("from", OffsetDateTime.ofInstant(query.from(), ZoneOffset.UTC));
        }
        if (query.to() != null) {
            where.add("recorded_at < :to");
            parameters.addValue("to", OffsetDateTime.ofInstant(query.to(), ZoneOffset.UTC));
        }
        if (query.cursor() != null) {
            where.add(query.newestFirst() ? "seq < :cursor" : "seq > :cursor");
            parameters.addValue("cursor", query.cursor());
        }
        String sql = "SELECT " + COLUMNS + " FROM audit_entry"
                + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where))
                + " ORDER BY seq" + (query.newestFirst() ? " DESC" : "") + " LIMIT :limit";
        return jdbc.query(sql, parameters, AuditStore::entry);
    }

    private static AuditEntry entry(ResultSet row, int index) throws SQLException {
        String marking = row.getString("marking");
        return new AuditEntry(
                row.getLong("seq"),
                row.getObject("recorded_at", OffsetDateTime.class).toInstant(),
                new AuditRecord(
                        row.getString("actor"),
                        row.getString("action"),
                        row.getString("entity_type"),
                        row.getString("entity_id"),
                        row.getString("before_state"),
                        row.getString("after_state"),
                        marking == null ? null : Marking.parse(marking),
                        row.getString("reason")),
                row.getString("previous_hash"),
                row.getString("entry_hash"));
    }
}
