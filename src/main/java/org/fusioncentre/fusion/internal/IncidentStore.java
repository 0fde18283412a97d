package org.fusioncentre.fusion.internal;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import org.fusioncentre.access.Marking;
import org.fusioncentre.extraction.EventType;
import org.fusioncentre.extraction.ObservationBlock;
import org.fusioncentre.fusion.Decision;
import org.fusioncentre.fusion.Incident;
import org.fusioncentre.fusion.IncidentFact;
import org.fusioncentre.fusion.IncidentId;
import org.fusioncentre.fusion.IncidentPage;
import org.fusioncentre.fusion.IncidentQuery;
import org.fusioncentre.fusion.ReviewItem;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

/** Incidents and their members in the relational store; plain SQL for H2 and PostgreSQL. */
@Repository
class IncidentStore {
    private static final JsonMapper JSON = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            // incidents stored before "recalled" existed lack it: false (other missing numbers still fail)
            .withConfigOverride(boolean.class, o -> o.setNullHandling(JsonSetter.Value.forValueNulls(Nulls.AS_EMPTY)))
            .build();

    private final NamedParameterJdbcTemplate jdbc;

    /** Reads long result sets a window at a time (PostgreSQL's driver otherwise loads them whole). */
    private final NamedParameterJdbcTemplate streaming;

    IncidentStore(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
        org.springframework.jdbc.core.JdbcTemplate windowed = new org.springframework.jdbc.core.JdbcTemplate(
                jdbc.getJdbcTemplate().getDataSource());
        windowed.setFetchSize(500);
        this.streaming = new NamedParameterJdbcTemplate(windowed);
    }

    /** The member observations of each incident of a block, to tell which incidents a re-fusion changes. */
    Map<IncidentId, Set<String>> membersOf(String blockKey) {
        Map<IncidentId, Set<String>> members = new HashMap<>();
        jdbc.query(
                "SELECT incident_id, observation_id FROM incident_member WHERE block_key = :block",
                Map.of("block", blockKey),
                row -> {
                    members.computeIfAbsent(new IncidentId(row.getObject(1, UUID.class)), id -> new TreeSet<>())
                            .add(row.getObject(2, UUID.class).toString());
                });
        return members;
    }

    /** An incident as stored, with the strictest marking among its reports. */
    record Stored(Incident incident, Marking marking) {}

    /**
     * Replaces the incidents of a block with these.
     *
     * @param markings the marking of each member report (by report id)
     */
    void replaceBlock(String blockKey, List<Incident> incidents, Map<String, Marking> markings, Instant now) {
        // members first: they refer to their incidents by id, without a foreign key (see V15)
        jdbc.update("DELETE FROM incident_member WHERE block_key = :block", Map.of("block", blockKey));
        jdbc.update("DELETE FROM incident WHERE block_key = :block", Map.of("block", blockKey));
        // an observation fused under another block before (its report re-extracted elsewhere) moves here
        List<UUID> observations = incidents.stream()
                .flatMap(incident -> incident.members().stream())
                .map(member -> UUID.fromString(member.observationId()))
                .toList();
        for (int from = 0; from < observations.size(); from += 500) {
            jdbc.update(
                    "DELETE FROM incident_member WHERE observation_id IN (:ids)",
                    Map.of("ids", observations.subList(from, Math.min(observations.size(), from + 500))));
        }
        List<SqlParameterSource> rows = new ArrayList<>();
        List<SqlParameterSource> members = new ArrayList<>();
        for (Incident incident : incidents) {
            rows.add(new MapSqlParameterSource()
                    .addValue("id", incident.id().value())
                    .addValue("block", blockKey)
                    .addValue("type", incident.eventType().name())
                    .addValue("from", incident.dateFrom())
                    .addValue("to", incident.dateTo())
                    .addValue(
                            "province",
                            incident.location() == null
                                    ? null
                                    : incident.location().provincePcode())
                    .addValue(
                            "district",
                            incident.location() == null
                                    ? null
                                    : incident.location().districtPcode())
                    .addValue("sources", incident.corroboration().sources())
                    .addValue("reports", incident.corroboration().reports())
                    .addValue("official", incident.corroboration().official())
                    .addValue("status", incident.status().name())
                    .addValue("eventDate", incident.date() != null ? incident.date() : incident.dateFrom())
                    .addValue(
                            "killed",
                            incident.killed() == null ? 0 : incident.killed().best())
                    .addValue(
                            "injured",
                            incident.injured() == null ? 0 : incident.injured().best())
                    .addValue("marking", strictest(incident, markings).label())
                    .addValue("body", JSON.writeValueAsString(incident))
                    .addValue("at", now.atOffset(ZoneOffset.UTC)));
            for (Incident.Member member : incident.members()) {
                members.add(new MapSqlParameterSource()
                        .addValue("observation", UUID.fromString(member.observationId()))
                        .addValue("incident", incident.id().value())
                        .addValue("report", UUID.fromString(member.reportId()))
                        .addValue("block", blockKey));
            }
        }
        if (!rows.isEmpty()) {
            jdbc.batchUpdate(
                    "INSERT INTO incident (id, block_key, event_type, date_from, date_to, province_pcode, district_pcode, "
                            + "source_count, report_count, official, status, event_date, killed_best, injured_best, marking, "
                            + "body, updated_at) VALUES (:id, :block, :type, :from, :to, :province, :district, :sources, "
                            + ":reports, :official, :status, :eventDate, :killed, :injured, :marking, :body, :at)",
                    rows.toArray(SqlParameterSource[]::new));
            jdbc.batchUpdate(
                    "INSERT INTO incident_member (observation_id, incident_id, report_id, block_key) "
                            + "VALUES (:observation, :incident, :report, :block)",
                    members.toArray(SqlParameterSource[]::new));
        }
    }

    /** The strictest marking among the incident's reports; RED for a report of unknown marking. */
    private static Marking strictest(Incident incident, Map<String, Marking> markings) {
        Marking strictest = Marking.CLEAR;
        for (Incident.Member member : incident.members()) {
            Marking marking = markings.getOrDefault(member.reportId(), Marking.RED);
            if (marking.compareTo(strictest) > 0) {
                strictest = marking;
            }
        }
        return strictest;
    }

    /** The report of each of these observations that an incident holds, by observation id. */
    Map<String, String> reportsOf(Collection<String> observationIds) {
        Map<String, String> reports = new HashMap<>();
        List<UUID> ids = observationIds.stream().map(UUID::fromString).toList();
        for (int from = 0; from < ids.size(); from += 500) {
            jdbc.query(
                    "SELECT observation_id, report_id FROM incident_member WHERE observation_id IN (:ids)",
                    Map.of("ids", ids.subList(from, Math.min(ids.size(), from + 500))),
                    row -> {
                        reports.put(
                                row.getObject(1, UUID.class).toString(),
                                row.getObject(2, UUID.class).toString());
                    });
        }
        return reports;
    }

    Optional<String> blockOf(IncidentId id) {
        return jdbc
                .query(
                        "SELECT block_key FROM incident WHERE id = :id",
                        Map.of("id", id.value()),
                        (row, n) -> row.getString(1))
                .stream()
                .findFirst();
    }

    Optional<IncidentId> incidentOf(String observationId) {
        return jdbc
                .query(
                        "SELECT incident_id FROM incident_member WHERE observation_id = :id",
                        Map.of("id", UUID.fromString(observationId)),
                        (row, n) -> new IncidentId(row.getObject(1, UUID.class)))
                .stream()
                .findFirst();
    }

    void addDecision(Decision decision) {
        jdbc.update(
                "INSERT INTO analyst_decision (id, kind, block_key, incident_id, observations, field, field_value, analyst, "
                        + "reason, decided_at) VALUES (:id, :kind, :block, :incident, :observations, :field, :value, "
                        + ":analyst, :reason, :at)",
                new MapSqlParameterSource()
                        .addValue("id", decision.id())
                        .addValue("kind", decision.kind().name())
                        .addValue("block", decision.blockKey())
                        .addValue("incident", decision.incidentId().value())
                        .addValue("observations", JSON.writeValueAsString(decision.observations()))
                        .addValue("field", decision.field())
                        .addValue("value", decision.value())
                        .addValue("analyst", decision.analyst())
                        .addValue("reason", decision.reason())
                        .addValue("at", decision.decidedAt().atOffset(ZoneOffset.UTC)));
    }

    /** The decisions on the blocks stored under these keys, in the order they were taken. */
    List<Decision> decisions(Collection<String> blockKeys) {
        return jdbc.query(
                "SELECT * FROM analyst_decision WHERE block_key IN (:blocks) ORDER BY seq",
                Map.of("blocks", blockKeys),
                (row, n) -> new Decision(
                        row.getObject("id", UUID.class),
                        Decision.Kind.valueOf(row.getString("kind")),
                        new IncidentId(row.getObject("incident_id", UUID.class)),
                        row.getString("block_key"),
                        List.of(JSON.readValue(row.getString("observations"), String[].class)),
                        row.getString("field"),
                        row.getString("field_value"),
                        row.getString("analyst"),
                        row.getString("reason"),
                        row.getTimestamp("decided_at").toInstant()));
    }

    /** Makes sure the block has its lock row; a concurrent creator wins harmlessly. */
    void ensureBlock(String blockKey) {
        Integer rows = jdbc.queryForObject(
                "SELECT COUNT(*) FROM fusion_block WHERE block_key = :block", Map.of("block", blockKey), Integer.class);
        if (rows != null && rows > 0) {
            return;
        }
        try {
            jdbc.update("INSERT INTO fusion_block (block_key) VALUES (:block)", Map.of("block", blockKey));
        } catch (org.springframework.dao.DuplicateKeyException e) {
            // created meanwhile by another fusion
        }
    }

    /** Locks the block's row until the current transaction ends. */
    void lockBlock(String blockKey) {
        jdbc.queryForList(
                "SELECT block_key FROM fusion_block WHERE block_key = :block FOR UPDATE",
                Map.of("block", blockKey),
                String.class);
    }

    /** Blocks whose incidents hold an observation that is no longer current, or no longer stored. */
    List<String> staleBlocks(Collection<String> versions) {
        return jdbc.queryForList(
                "SELECT DISTINCT m.block_key FROM incident_member m "
                        + "LEFT JOIN observation o ON o.id = m.observation_id "
                        + "WHERE o.id IS NULL OR o.extractor_version NOT IN (:versions)",
                Map.of("versions", versions),
                String.class);
    }

    void deleteAll() {
        jdbc.update("DELETE FROM review_item", Map.of());
        jdbc.update("DELETE FROM incident_member", Map.of());
        jdbc.update("DELETE FROM incident", Map.of());
        // an analyst's moves are decisions, not derived data
        jdbc.update("DELETE FROM fusion_loan WHERE decision_id IS NULL", Map.of());
    }

    /**
     * The district and days of each current observation no incident holds yet, and of each
     * observation an incident holds that is no longer current: what changed since the last fusion.
     */
    List<BorderLending.Change> changes(Collection<String> versions) {
        List<BorderLending.Change> changes = new ArrayList<>();
        jdbc.query(
                "SELECT DISTINCT o.district_pcode, o.date_from, o.date_to FROM observation o "
                        + "WHERE o.district_pcode IS NOT NULL AND o.extractor_version IN (:versions) AND NOT EXISTS "
                        + "(SELECT 1 FROM incident_member m WHERE m.observation_id = o.id)",
                Map.of("versions", versions),
                row -> {
                    changes.add(change(row));
                });
        jdbc.query(
                "SELECT DISTINCT o.district_pcode, o.date_from, o.date_to FROM incident_member m "
                        + "JOIN observation o ON o.id = m.observation_id "
                        + "WHERE o.district_pcode IS NOT NULL AND o.extractor_version NOT IN (:versions)",
                Map.of("versions", versions),
                row -> {
                    changes.add(change(row));
                });
        return changes;
    }

    private static BorderLending.Change change(ResultSet row) throws SQLException {
        return new BorderLending.Change(
                row.getString(1), row.getObject(2, LocalDate.class), row.getObject(3, LocalDate.class));
    }

    /** The observations lent out of a block (to be fused in a neighbour's). */
    Set<String> lentFrom(String homeKey) {
        return new java.util.HashSet<>(jdbc.queryForList(
                "SELECT observation_id FROM fusion_loan WHERE home_key = :home AND block_key <> home_key",
                Map.of("home", homeKey),
                String.class));
    }

    /** The observations lent to a block by its neighbours. */
    Set<String> lentTo(String blockKey) {
        return new java.util.HashSet<>(jdbc.queryForList(
                "SELECT observation_id FROM fusion_loan WHERE block_key = :block AND home_key <> block_key",
                Map.of("block", blockKey),
                String.class));
    }

    /** The block each of these observations is lent to, for those lent. */
    Map<String, String> lentBlocks(Collection<String> observationIds) {
        Map<String, String> lent = new HashMap<>();
        List<UUID> ids = observationIds.stream().map(UUID::fromString).toList();
        for (int from = 0; from < ids.size(); from += 500) {
            jdbc.query(
                    "SELECT observation_id, block_key FROM fusion_loan WHERE observation_id IN (:ids)",
                    Map.of("ids", ids.subList(from, Math.min(ids.size(), from + 500))),
                    row -> {
                        lent.put(row.getObject(1, UUID.class).toString(), row.getString(2));
                    });
        }
        return lent;
    }

    /**
     * Records where these observations are fused: a loan where that is not their own block, none
     * otherwise. An analyst's moves are left as they are.
     */
    void saveLoans(Map<String, BorderLending.Loan> placements) {
        deleteLoans(placements.keySet(), " AND decision_id IS NULL");
        insertLoans(
                placements.entrySet().stream()
                        .filter(entry -> entry.getValue().lent())
                        .toList(),
                null);
    }

    /** Moves these observations to blocks by an analyst's decision, in place of any loan they had. */
    void pin(Map<String, BorderLending.Loan> placements, UUID decision) {
        deleteLoans(placements.keySet(), "");
        insertLoans(List.copyOf(placements.entrySet()), decision);
    }

    /** Deletes the loans of these observations that meet the further condition ("" for all). */
    private void deleteLoans(Collection<String> observationIds, String condition) {
        List<UUID> ids = observationIds.stream().map(UUID::fromString).toList();
        for (int from = 0; from < ids.size(); from += 500) {
            jdbc.update(
                    "DELETE FROM fusion_loan WHERE observation_id IN (:ids)" + condition,
                    Map.of("ids", ids.subList(from, Math.min(ids.size(), from + 500))));
        }
    }

    private void insertLoans(List<Map.Entry<String, BorderLending.Loan>> loans, @Nullable UUID decision) {
        SqlParameterSource[] rows = loans.stream()
                .map(entry -> new MapSqlParameterSource()
                        .addValue("id", UUID.fromString(entry.getKey()))
                        .addValue("home", entry.getValue().home())
                        .addValue("block", entry.getValue().block())
                        .addValue("decision", decision))
                .toArray(SqlParameterSource[]::new);
        if (rows.length > 0) {
            jdbc.batchUpdate(
                    "INSERT INTO fusion_loan (observation_id, home_key, block_key, decision_id) "
                            + "VALUES (:id, :home, :block, :decision)",
                    rows);
        }
    }

    /** Removes every automatic loan (an analyst's moves stay); returns the keys of the blocks concerned. */
    Set<String> dropAutomaticLoans() {
        Set<String> keys = new TreeSet<>();
        jdbc.query(
                "SELECT home_key, block_key FROM fusion_loan WHERE decision_id IS NULL AND block_key <> home_key",
                Map.of(),
                row -> {
                    keys.add(row.getString(1));
                    keys.add(row.getString(2));
                });
        jdbc.update("DELETE FROM fusion_loan WHERE decision_id IS NULL", Map.of());
        return keys;
    }

    /** The observations among these that an analyst's decision placed. */
    Set<String> pinned(Collection<String> observationIds) {
        Set<String> pinned = new java.util.HashSet<>();
        List<UUID> ids = observationIds.stream().map(UUID::fromString).toList();
        for (int from = 0; from < ids.size(); from += 500) {
            jdbc.query(
                    "SELECT observation_id FROM fusion_loan WHERE observation_id IN (:ids) AND decision_id IS NOT NULL",
                    Map.of("ids", ids.subList(from, Math.min(ids.size(), from + 500))),
                    row -> {
                        pinned.add(row.getObject(1, UUID.class).toString());
                    });
        }
        return pinned;
    }

    /** A loan of an observation no longer current. */
    record StaleLoan(
            String observationId,
            BorderLending.Loan loan,
            @Nullable UUID decision) {}

    /** Removes the loans of observations no longer current, and returns them. */
    List<StaleLoan> takeStaleLoans(Collection<String> versions) {
        List<StaleLoan> stale = new ArrayList<>();
        jdbc.query(
                "SELECT l.observation_id, l.home_key, l.block_key, l.decision_id FROM fusion_loan l WHERE NOT EXISTS "
                        + "(SELECT 1 FROM observation o WHERE o.id = l.observation_id AND o.extractor_version IN (:versions))",
                Map.of("versions", versions),
                row -> {
                    stale.add(new StaleLoan(
                            row.getObject(1, UUID.class).toString(),
                            new BorderLending.Loan(row.getString(2), row.getString(3)),
                            row.getObject(4, UUID.class)));
                });
        deleteLoans(stale.stream().map(StaleLoan::observationId).toList(), "");
        return stale;
    }

    void replaceReview(String blockKey, List<ReviewItem> items) {
        jdbc.update("DELETE FROM review_item WHERE block_key = :block", Map.of("block", blockKey));
        if (!items.isEmpty()) {
            jdbc.batchUpdate(
                    "INSERT INTO review_item (block_key, incident_id, candidate_id, probability) "
                            + "VALUES (:block, :incident, :candidate, :probability)",
                    items.stream()
                            .map(item -> new MapSqlParameterSource()
                                    .addValue("block", blockKey)
                                    .addValue("incident", item.incident().value())
                                    .addValue("candidate", item.candidate().value())
                                    .addValue("probability", item.probability()))
                            .toArray(SqlParameterSource[]::new));
        }
    }

    List<ReviewItem> review(int limit) {
        return jdbc.query(
                "SELECT incident_id, candidate_id, probability FROM review_item "
                        + "ORDER BY probability DESC, incident_id, candidate_id LIMIT :limit",
                Map.of("limit", limit),
                (row, n) -> new ReviewItem(
                        new IncidentId(row.getObject(1, UUID.class)),
                        new IncidentId(row.getObject(2, UUID.class)),
                        row.getDouble(3)));
    }

    /** Blocks holding current observations that no incident contains (reads extraction's observation table). */
    List<ObservationBlock> unfusedBlocks(Collection<String> versions) {
        return jdbc.query(
                "SELECT DISTINCT o.district_pcode, CASE WHEN o.district_pcode IS NULL THEN o.province_pcode END "
                        + "FROM observation o WHERE o.extractor_version IN (:versions) AND NOT EXISTS "
                        + "(SELECT 1 FROM incident_member m WHERE m.observation_id = o.id)",
                Map.of("versions", versions),
                (row, n) -> new ObservationBlock(row.getString(1), row.getString(2)));
    }

    Optional<Incident> find(IncidentId id) {
        return findStored(id).map(Stored::incident);
    }

    Optional<Stored> findStored(IncidentId id) {
        return jdbc
                .query(
                        "SELECT body, marking FROM incident WHERE id = :id",
                        Map.of("id", id.value()),
                        (row, n) -> new Stored(incident(row, n), Marking.parse(row.getString(2))))
                .stream()
                .findFirst();
    }

    /** The incidents holding a report marked stricter than this. */
    List<Stored> beyond(Marking marking) {
        List<String> stricter = java.util.Arrays.stream(Marking.values())
                .filter(value -> value.compareTo(marking) > 0)
                .map(Marking::label)
                .toList();
        if (stricter.isEmpty()) {
            return List.of();
        }
        return jdbc.query(
                "SELECT body, marking FROM incident WHERE marking IN (:markings)",
                Map.of("markings", stricter),
                (row, n) -> new Stored(incident(row, n), Marking.parse(row.getString(2))));
    }

    long count() {
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM incident", Map.of(), Long.class);
        return count == null ? 0 : count;
    }

    /**
     * Incidents in date order (then id), after the cursor, as a reader sees them.
     *
     * @param view what the reader sees of a stored incident, if anything; the query's filters are
     *     checked again on what it sees
     * @param plain the markings whose incidents the reader sees as stored; the others' place and
     *     type may differ in what the reader sees, so the database does not filter them on those
     */
    IncidentPage list(IncidentQuery query, Function<Stored, Optional<Incident>> view, Set<Marking> plain) {
        boolean identity = plain.size() == Marking.values().length;
        String unlessRestricted = identity ? "" : " OR marking NOT IN (:plain)";
        StringBuilder sql = new StringBuilder("SELECT body, date_from, id, marking FROM incident WHERE 1 = 1");
        MapSqlParameterSource parameters = new MapSqlParameterSource();
        if (query.from() != null) {
            sql.append(" AND date_to >= :from");
            parameters.addValue("from", query.from());
        }
        if (query.to() != null) {
            sql.append(" AND date_from <= :to");
            parameters.addValue("to", query.to());
        }
        parameters.addValue("plain", plain.stream().map(Marking::label).toList());
        if (query.marking() != null) {
            // what a reader sees is fused from some of the reports: never stricter than the whole
            sql.append(" AND marking IN (:atLeast)");
            parameters.addValue(
                    "atLeast",
                    java.util.Arrays.stream(Marking.values())
                            .filter(marking -> marking.compareTo(query.marking()) >= 0)
                            .map(Marking::label)
                            .toList());
        }
        if (query.provincePcode() != null) {
            sql.append(" AND (province_pcode = :province" + unlessRestricted + ")");
            parameters.addValue("province", query.provincePcode());
        }
        if (query.districtPcode() != null) {
            sql.append(" AND (district_pcode = :district" + unlessRestricted + ")");
            parameters.addValue("district", query.districtPcode());
        }
        if (query.eventType() != null) {
            sql.append(" AND (event_type = :type" + unlessRestricted + ")");
            parameters.addValue("type", query.eventType().name());
        }
        if (!query.includeNotIncidents()) {
            sql.append(" AND status <> 'NOT_INCIDENT'");
        }
        if (query.minSources() > 0) {
            sql.append(" AND source_count >= :sources");
            parameters.addValue("sources", query.minSources());
        }
        if (query.cursor() != null) {
            Cursor cursor = Cursor.parse(query.cursor());
            sql.append(" AND (date_from > :cursorDate OR date_from = :cursorDate AND id > :cursorId)");
            parameters.addValue("cursorDate", cursor.date()).addValue("cursorId", cursor.id());
        }
        sql.append(" ORDER BY date_from, id");
        if (query.perpetrator() == null && identity) {
            sql.append(" LIMIT :limit");
            parameters.addValue("limit", query.limit() + 1);
        }
        List<Incident> found = new ArrayList<>();
        List<Cursor> cursors = new ArrayList<>();
        int wanted = query.limit() + 1;
        // the perpetrator lives in the body, and what a reader sees of an incident may differ from
        // what is stored: both are filtered while reading, which stops once the page is full
        streaming.query(sql.toString(), parameters, (ResultSet rows) -> {
            while (found.size() < wanted && rows.next()) {
                Optional<Incident> seen = view.apply(new Stored(incident(rows, 0), Marking.parse(rows.getString(4))));
                if (seen.isPresent() && query.matches(seen.get())) {
                    found.add(seen.get());
                    cursors.add(new Cursor(rows.getObject(2, LocalDate.class), rows.getObject(3, UUID.class)));
                }
            }
            return null;
        });
        if (found.size() > query.limit()) {
            return new IncidentPage(
                    found.subList(0, query.limit()),
                    cursors.get(query.limit() - 1).text());
        }
        return new IncidentPage(found, null);
    }

    private record Cursor(LocalDate date, UUID id) {
        static Cursor parse(String text) {
            int bar = text.indexOf('_');
            try {
                return new Cursor(LocalDate.parse(text.substring(0, bar)), UUID.fromString(text.substring(bar + 1)));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("'" + text + "' is not a cursor of this list", e);
            }
        }

        String text() {
            return date + "_" + id;
        }
    }

    private static Incident incident(ResultSet row, int n) throws SQLException {
        return JSON.readValue(row.getString(1), Incident.class);
    }

    /**
     * The counting facts of every incident dated on or before the day, analysts' "not an
     * incident" left out, in no particular order; rows from before the fact columns existed are
     * read from their bodies.
     */
    void eachFact(
            LocalDate to,
            Set<Marking> plain,
            Function<Stored, Optional<Incident>> view,
            java.util.function.Consumer<IncidentFact> consumer) {
        jdbc.query(
                "SELECT id, event_type, date_from, province_pcode, district_pcode, event_date, killed_best, injured_best,"
                        + " marking, CASE WHEN event_date IS NULL OR marking NOT IN (:plain) THEN body END AS body"
                        + " FROM incident WHERE date_from <= :to AND status <> 'NOT_INCIDENT'",
                new MapSqlParameterSource("to", to)
                        .addValue("plain", plain.stream().map(Marking::label).toList()),
                (ResultSet row) -> {
                    String body = row.getString("body");
                    if (body != null) {
                        Optional<Incident> seen = view.apply(new Stored(
                                JSON.readValue(body, Incident.class), Marking.parse(row.getString("marking"))));
                        if (seen.isEmpty()) {
                            return;
                        }
                        Incident incident = seen.get();
                        consumer.accept(new IncidentFact(
                                incident.id(),
                                incident.eventType(),
                                incident.date() != null ? incident.date() : incident.dateFrom(),
                                incident.location() == null
                                        ? null
                                        : incident.location().provincePcode(),
                                incident.location() == null
                                        ? null
                                        : incident.location().districtPcode(),
                                incident.killed() == null
                                        ? 0
                                        : incident.killed().best(),
                                incident.injured() == null
                                        ? 0
                                        : incident.injured().best()));
                        return;
                    }
                    consumer.accept(new IncidentFact(
                            new IncidentId(row.getObject("id", UUID.class)),
                            EventType.valueOf(row.getString("event_type")),
                            row.getObject("event_date", LocalDate.class),
                            row.getString("province_pcode"),
                            row.getString("district_pcode"),
                            row.getLong("killed_best"),
                            row.getLong("injured_best")));
                });
    }
}
