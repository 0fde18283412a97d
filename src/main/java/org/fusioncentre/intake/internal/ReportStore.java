package org.fusioncentre.intake.internal;

import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import org.fusioncentre.access.Marking;
import org.fusioncentre.access.RecordAccess;
import org.fusioncentre.intake.ContentHash;
import org.fusioncentre.intake.Reliability;
import org.fusioncentre.intake.Report;
import org.fusioncentre.intake.ReportFormat;
import org.fusioncentre.intake.ReportId;
import org.fusioncentre.intake.ReportPage;
import org.fusioncentre.intake.ReportQuery;
import org.fusioncentre.intake.ReportSummary;
import org.fusioncentre.intake.Source;
import org.fusioncentre.intake.SourceId;
import org.fusioncentre.intake.SourceKind;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/** Sources and reports in the relational store. Plain SQL that runs on H2 and PostgreSQL alike. */
@Repository
class ReportStore {
    private static final String REPORT_COLUMNS =
            "r.seq, r.id, r.source_id, s.name AS source_name, r.external_id, r.url, r.published_at, r.title, r.body, "
                    + "r.language, r.marking, r.recipients, r.content_hash, r.incident, r.extra, r.raw, r.format, r.origin, "
                    + "r.received_at, s.organisation AS source_organisation";

    private final NamedParameterJdbcTemplate jdbc;

    ReportStore(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Identity of a report already stored, for the duplicate checks. */
    record StoredKey(
            ReportId id, SourceId sourceId, @Nullable String externalId, ContentHash contentHash) {}

    Optional<Source> findSource(SourceId id) {
        return jdbc.query("SELECT * FROM source WHERE id = :id", Map.of("id", id.value()), ReportStore::source).stream()
                .findFirst();
    }

    List<Source> sources() {
        return jdbc.query("SELECT * FROM source ORDER BY name", ReportStore::source);
    }

    void insertSource(Source source, Instant now) {
        jdbc.update(
                "INSERT INTO source (id, name, kind, reliability, default_marking, description, organisation, "
                        + "created_at, updated_at) "
                        + "VALUES (:id, :name, :kind, :reliability, :marking, :description, :organisation, :now, :now)",
                sourceParameters(source).addValue("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC)));
    }

    int updateSource(Source source, Instant now) {
        return jdbc.update(
                "UPDATE source SET name = :name, kind = :kind, reliability = :reliability, default_marking = :marking, "
                        + "description = :description, organisation = :organisation, updated_at = :now WHERE id = :id",
                sourceParameters(source).addValue("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC)));
    }

    /**
     * The content key of a report: the id it would have without an external id. Unique per
     * table, it makes "same source and same content" a primary-key-like lookup.
     */
    static UUID contentKey(SourceId source, ContentHash hash) {
        return ReportId.derive(source, null, hash).value();
    }

    /**
     * Stored reports that may make one of a batch a duplicate: those with one of the given ids
     * (ids derive from source and external id, so this finds the same source and external id)
     * and those with one of the given content keys (same source and content). Both are unique
     * single-column index lookups.
     */
    List<StoredKey> candidates(Collection<ReportId> ids, Collection<UUID> contentKeys) {
        List<StoredKey> found = new ArrayList<>();
        RowMapper<StoredKey> mapper = (rs, row) -> new StoredKey(
                new ReportId(rs.getObject("id", UUID.class)),
                new SourceId(rs.getObject("source_id", UUID.class)),
                rs.getString("external_id"),
                new ContentHash(rs.getString("content_hash")));
        if (!ids.isEmpty()) {
            found.addAll(jdbc.query(
                    "SELECT id, source_id, external_id, content_hash FROM report WHERE id IN (:ids)",
                    Map.of("ids", ids.stream().map(ReportId::value).toList()),
                    mapper));
        }
        if (!contentKeys.isEmpty()) {
            found.addAll(jdbc.query(
                    "SELECT id, source_id, external_id, content_hash FROM report WHERE content_key IN (:keys)",
                    Map.of("keys", contentKeys),
                    mapper));
        }
        return found;
    }

    /**
     * Inserts reports with multi-row INSERT statements of up to {@value #ROWS_PER_INSERT} rows: one
     * statement execution per chunk instead of one per row, which both databases do faster.
     */
    void insert(List<Report> reports) {
        for (int from = 0; from < reports.size(); from += ROWS_PER_INSERT) {
            List<Report> chunk = reports.subList(from, Math.min(reports.size(), from + ROWS_PER_INSERT));
            jdbc.getJdbcOperations().update(insertStatement(chunk.size()), statement -> {
                int index = 1;
                for (Report report : chunk) {
                    index = bind(statement, index, report);
                }
            });
        }
    }

    private static final int ROWS_PER_INSERT = 100;
    private static final String INSERT_COLUMNS =
            "id, source_id, external_id, url, published_at, title, body, language, marking, recipients, "
                    + "content_hash, content_key, incident, extra, raw, format, origin, received_at";
    private static final int INSERT_COLUMN_COUNT = INSERT_COLUMNS.split(",").length;

    private static String insertStatement(int rows) {
        String row = "(" + String.join(", ", java.util.Collections.nCopies(INSERT_COLUMN_COUNT, "?")) + ")";
        return "INSERT INTO report (" + INSERT_COLUMNS + ") VALUES "
                + String.join(", ", java.util.Collections.nCopies(rows, row));
    }

    private static int bind(PreparedStatement statement, int first, Report report) throws SQLException {
        int index = first;
        statement.setObject(index++, report.id().value());
        statement.setObject(index++, report.sourceId().value());
        statement.setString(index++, report.externalId());
        statement.setString(index++, report.url());
        if (report.publishedAt() == null) {
            statement.setNull(index++, Types.TIMESTAMP_WITH_TIMEZONE);
        } else {
            statement.setObject(index++, report.publishedAt());
        }
        statement.setString(index++, report.title());
        statement.setString(index++, report.body());
        statement.setString(index++, report.language());
        statement.setString(index++, report.marking().label());
        statement.setString(index++, report.recipients().isEmpty() ? null : String.join("\n", report.recipients()));
        statement.setString(index++, report.contentHash().hex());
        statement.setObject(index++, contentKey(report.sourceId(), report.contentHash()));
        statement.setString(index++, report.incident());
        statement.setString(index++, report.extra());
        statement.setString(index++, report.raw());
        statement.setString(index++, report.format().name());
        statement.setString(index++, report.origin());
        statement.setObject(index++, OffsetDateTime.ofInstant(report.receivedAt(), ZoneOffset.UTC));
        return index;
    }

    /** The reports with these ids that exist, in the order given. */
    List<Report> findAll(Collection<ReportId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<ReportId, Report> byId = new java.util.HashMap<>();
        jdbc.query(
                        "SELECT " + REPORT_COLUMNS
                                + " FROM report r JOIN source s ON s.id = r.source_id WHERE r.id IN (:ids)",
                        Map.of("ids", ids.stream().map(ReportId::value).toList()),
                        (rs, row) -> report(rs))
                .forEach(report -> byId.put(report.id(), report));
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    /** The summaries of the reports with these ids that exist, in no particular order. */
    List<ReportSummary> summaries(Collection<ReportId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.query(
                "SELECT r.id, r.source_id, s.name, r.external_id, r.published_at, r.marking, r.received_at "
                        + "FROM report r JOIN source s ON s.id = r.source_id WHERE r.id IN (:ids)",
                Map.of("ids", ids.stream().map(ReportId::value).toList()),
                (rs, row) -> new ReportSummary(
                        new ReportId(rs.getObject(1, UUID.class)),
                        new SourceId(rs.getObject(2, UUID.class)),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getObject(5, OffsetDateTime.class),
                        Marking.parse(rs.getString(6)),
                        rs.getObject(7, OffsetDateTime.class).toInstant()));
    }

    Optional<Report> find(ReportId id) {
        return jdbc
                .query(
                        "SELECT " + REPORT_COLUMNS
                                + " FROM report r JOIN source s ON s.id = r.source_id WHERE r.id = :id",
                        Map.of("id", id.value()),
                        (rs, row) -> report(rs))
                .stream()
                .findFirst();
    }

    /**
     * A page of the reports an audience may see, newest first. Reports are read in batches and
     * filtered here, so a page is full whenever enough visible reports exist.
     */
    ReportPage page(ReportQuery query, Predicate<RecordAccess> visible) {
        List<Report> reports = new ArrayList<>();
        String cursor = query.cursor();
        int batch = Math.max(query.limit() + 1, VISIBILITY_BATCH);
        long lastSeq = -1;
        while (true) {
            List<Row> rows = rows(
                    new ReportQuery(
                            query.source(),
                            query.publishedFrom(),
                            query.publishedTo(),
                            cursor,
                            Math.min(batch, ReportQuery.MAX_LIMIT)),
                    Math.min(batch, ReportQuery.MAX_LIMIT));
            Map<ReportId, Set<String>> places = places(rows.stream()
                    .filter(row -> row.access().restricted())
                    .map(row -> row.report().id())
                    .toList());
            for (Row row : rows) {
                RecordAccess access = withPlaces(
                        row.access(), places.getOrDefault(row.report().id(), Set.of()));
                if (!visible.test(access)) {
                    continue;
                }
                if (reports.size() == query.limit()) {
                    return new ReportPage(reports, encodeCursor(lastSeq));
                }
                reports.add(row.report());
                lastSeq = row.seq();
            }
            if (rows.size() < Math.min(batch, ReportQuery.MAX_LIMIT)) {
                return new ReportPage(reports, null);
            }
            cursor = encodeCursor(rows.getLast().seq());
        }
    }

    private static final int VISIBILITY_BATCH = 200;

    private List<Row> rows(ReportQuery query, int limit) {
        StringBuilder sql = new StringBuilder(
                "SELECT " + REPORT_COLUMNS + " FROM report r JOIN source s ON s.id = r.source_id WHERE 1 = 1");
        MapSqlParameterSource parameters = new MapSqlParameterSource();
        if (query.source() != null) {
            sql.append(" AND r.source_id = :source");
            parameters.addValue("source", SourceId.forName(query.source()).value());
        }
        if (query.publishedFrom() != null) {
            sql.append(" AND r.published_at >= :from");
            parameters.addValue("from", query.publishedFrom());
        }
        if (query.publishedTo() != null) {
            sql.append(" AND r.published_at < :to");
            parameters.addValue("to", query.publishedTo());
        }
        if (query.cursor() != null) {
            sql.append(" AND r.seq < :cursor");
            parameters.addValue("cursor", decodeCursor(query.cursor()));
        }
        sql.append(" ORDER BY r.seq DESC FETCH FIRST ").append(limit).append(" ROWS ONLY");
        return jdbc.query(sql.toString(), parameters, (rs, row) -> {
            Report report = report(rs);
            return new Row(rs.getLong("seq"), report, access(report, rs.getString("source_organisation")));
        });
    }

    record Row(long seq, Report report, RecordAccess access) {}

    /** What decides who may see these reports; reports that do not exist are left out. */
    Map<ReportId, RecordAccess> access(Collection<ReportId> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<ReportId, RecordAccess> result = new java.util.HashMap<>();
        jdbc.query(
                "SELECT r.id, r.marking, r.recipients, s.organisation FROM report r JOIN source s ON s.id = r.source_id "
                        + "WHERE r.id IN (:ids)",
                Map.of("ids", ids.stream().map(ReportId::value).toList()),
                rs -> {
                    Marking marking = Marking.parse(rs.getString(2));
                    result.put(
                            new ReportId(rs.getObject(1, UUID.class)),
                            new RecordAccess(
                                    marking, Set.of(), rs.getString(4), Set.copyOf(recipients(rs.getString(3)))));
                });
        Map<ReportId, Set<String>> places = places(result.entrySet().stream()
                .filter(entry -> entry.getValue().restricted())
                .map(Map.Entry::getKey)
                .toList());
        places.forEach((id, pcodes) -> result.computeIfPresent(id, (key, access) -> withPlaces(access, pcodes)));
        return result;
    }

    /** What decides who may see one report read with its source's organisation. */
    static RecordAccess access(Report report, @Nullable String organisation) {
        return new RecordAccess(report.marking(), Set.of(), organisation, Set.copyOf(report.recipients()));
    }

    static RecordAccess withPlaces(RecordAccess access, Set<String> places) {
        return places.isEmpty()
                ? access
                : new RecordAccess(access.marking(), places, access.organisation(), access.recipients());
    }

    /** Where each of these reports is about, as extraction last found it. */
    Map<ReportId, Set<String>> places(Collection<ReportId> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<ReportId, Set<String>> result = new java.util.HashMap<>();
        jdbc.query(
                "SELECT report_id, pcode FROM report_place WHERE report_id IN (:ids)",
                Map.of("ids", ids.stream().map(ReportId::value).toList()),
                rs -> {
                    result.computeIfAbsent(new ReportId(rs.getObject(1, UUID.class)), id -> new java.util.TreeSet<>())
                            .add(rs.getString(2));
                });
        return result;
    }

    /** Replaces where a report is about. */
    void locate(Map<ReportId, Set<String>> places) {
        if (places.isEmpty()) {
            return;
        }
        // one statement of each kind per batch: per report, the statements cost more than the rows
        jdbc.update(
                "DELETE FROM report_place WHERE report_id IN (:ids)",
                Map.of("ids", places.keySet().stream().map(ReportId::value).toList()));
        MapSqlParameterSource[] rows = places.entrySet().stream()
                .sorted(Map.Entry.comparingByKey(Comparator.comparing(ReportId::value)))
                .flatMap(entry -> entry.getValue().stream()
                        .sorted()
                        .map(pcode ->
                                new MapSqlParameterSource("id", entry.getKey().value()).addValue("pcode", pcode)))
                .toArray(MapSqlParameterSource[]::new);
        if (rows.length > 0) {
            jdbc.batchUpdate("INSERT INTO report_place (report_id, pcode) VALUES (:id, :pcode)", rows);
        }
    }

    /** One report with its source's organisation, as {@link #find} reads it. */
    Optional<Row> findWithAccess(ReportId id) {
        return jdbc
                .query(
                        "SELECT " + REPORT_COLUMNS
                                + " FROM report r JOIN source s ON s.id = r.source_id WHERE r.id = :id",
                        Map.of("id", id.value()),
                        (rs, row) -> {
                            Report report = report(rs);
                            return new Row(
                                    rs.getLong("seq"), report, access(report, rs.getString("source_organisation")));
                        })
                .stream()
                .findFirst()
                .map(row -> new Row(
                        row.seq(),
                        row.report(),
                        withPlaces(row.access(), places(List.of(id)).getOrDefault(id, Set.of()))));
    }

    private static List<String> recipients(@Nullable String stored) {
        return stored == null || stored.isEmpty() ? List.of() : List.of(stored.split("\n"));
    }

    long count() {
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM report", Map.of(), Long.class);
        return count == null ? 0 : count;
    }

    private static String encodeCursor(long seq) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(("r" + seq).getBytes(StandardCharsets.US_ASCII));
    }

    private static long decodeCursor(String cursor) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.US_ASCII);
            if (!text.startsWith("r")) {
                throw new IllegalArgumentException("not a report cursor");
            }
            return Long.parseLong(text.substring(1));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + cursor + "' is not a cursor returned by this API", e);
        }
    }

    private static MapSqlParameterSource sourceParameters(Source source) {
        return new MapSqlParameterSource()
                .addValue("id", source.id().value())
                .addValue("name", source.name())
                .addValue("kind", source.kind().name())
                .addValue("reliability", source.reliability().name())
                .addValue("marking", source.defaultMarking().label())
                .addValue("description", source.description())
                .addValue("organisation", source.organisation());
    }

    private static Source source(ResultSet rs, int row) throws SQLException {
        return new Source(
                new SourceId(rs.getObject("id", UUID.class)),
                rs.getString("name"),
                SourceKind.valueOf(rs.getString("kind")),
                Reliability.valueOf(rs.getString("reliability")),
                Marking.parse(rs.getString("default_marking")),
                rs.getString("description"),
                rs.getString("organisation"));
    }

    /** H2 keeps the offset a time was written with, PostgreSQL does not: read both as UTC so they agree. */
    private static @Nullable OffsetDateTime utc(@Nullable OffsetDateTime time) {
        return time == null ? null : time.withOffsetSameInstant(ZoneOffset.UTC);
    }

    private static Report report(ResultSet rs) throws SQLException {
        OffsetDateTime receivedAt = rs.getObject("received_at", OffsetDateTime.class);
        return new Report(
                new ReportId(rs.getObject("id", UUID.class)),
                new SourceId(rs.getObject("source_id", UUID.class)),
                rs.getString("source_name"),
                rs.getString("external_id"),
                rs.getString("url"),
                utc(rs.getObject("published_at", OffsetDateTime.class)),
                rs.getString("title"),
                rs.getString("body"),
                rs.getString("language"),
                Marking.parse(rs.getString("marking")),
                recipients(rs.getString("recipients")),
                new ContentHash(rs.getString("content_hash")),
                rs.getString("incident"),
                rs.getString("extra"),
                rs.getString("raw"),
                ReportFormat.valueOf(rs.getString("format")),
                rs.getString("origin"),
                receivedAt.toInstant());
    }
}
