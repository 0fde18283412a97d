package org.fusioncentre.extraction.internal;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import org.fusioncentre.extraction.Observation;
import org.fusioncentre.extraction.ObservationBlock;
import org.fusioncentre.extraction.ObservationId;
import org.fusioncentre.extraction.StoredObservation;
import org.fusioncentre.intake.ReportId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

/** Extraction runs and observations in the relational store; plain SQL for H2 and PostgreSQL. */
@Repository
class ObservationStore {
    /** The stored JSON is the public observation shape, independent of the web layer's settings. */
    private static final JsonMapper JSON = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            // observations stored before "recalled" existed lack it: false (other missing numbers still fail)
            .withConfigOverride(boolean.class, o -> o.setNullHandling(JsonSetter.Value.forValueNulls(Nulls.AS_EMPTY)))
            .build();

    private final NamedParameterJdbcTemplate jdbc;

    ObservationStore(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * One report's run: what it found, or why it found nothing.
     *
     * @param terms each observation's distinctive words ({@code TextExtractor.terms}), in order;
     *     empty when there are none to keep (an incident table's record)
     */
    record Run(
            ReportId report,
            String version,
            List<Observation> observations,
            List<List<String>> terms,
            @Nullable String problem) {
        Run {
            if (!terms.isEmpty() && terms.size() != observations.size()) {
                throw new IllegalArgumentException(observations.size() + " observations but terms for " + terms.size());
            }
        }

        Run(ReportId report, String version, List<Observation> observations, @Nullable String problem) {
            this(report, version, observations, List.of(), problem);
        }
    }

    /** The reports among these that some run of one of the versions has seen. */
    Set<ReportId> extracted(Collection<ReportId> reports, Collection<String> versions) {
        if (reports.isEmpty()) {
            return Set.of();
        }
        List<UUID> ids = reports.stream().map(ReportId::value).toList();
        Set<ReportId> seen = new HashSet<>();
        inChunks(
                        ids,
                        chunk -> jdbc.queryForList(
                                "SELECT DISTINCT report_id FROM extraction_run WHERE report_id IN (:ids) "
                                        + "AND extractor_version IN (:versions)",
                                Map.of("ids", chunk, "versions", versions),
                                UUID.class))
                .forEach(id -> seen.add(new ReportId(id)));
        return seen;
    }

    /** Keys per IN list: PostgreSQL looks up a few hundred by key, and scans the table for thousands. */
    private static final int KEYS = 500;

    /** A query over many keys, asked a chunk of {@value #KEYS} at a time; the rows of all chunks. */
    private static <T> List<T> inChunks(List<UUID> ids, Function<List<UUID>, List<T>> query) {
        List<T> found = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += KEYS) {
            found.addAll(query.apply(ids.subList(from, Math.min(ids.size(), from + KEYS))));
        }
        return found;
    }

    private volatile @Nullable Boolean postgres;

    /**
     * Brings the planner's statistics of the extraction tables up to date, on PostgreSQL: during a
     * large import they lag far behind the rows (a fresh store's say "none"), and the plan made
     * from them probes the runs by a scan instead of by key. H2 plans without them.
     */
    void refreshStatistics() {
        Boolean known = postgres;
        if (known == null) {
            known = jdbc.getJdbcTemplate()
                    .execute((java.sql.Connection connection) -> connection
                            .getMetaData()
                            .getDatabaseProductName()
                            .toLowerCase(java.util.Locale.ROOT)
                            .contains("postgres"));
            postgres = known;
        }
        if (Boolean.TRUE.equals(known)) {
            jdbc.getJdbcTemplate().execute("ANALYZE extraction_run, observation");
        }
    }

    /** A report with its arrival order. */
    record Arrival(long seq, ReportId report) {}

    /**
     * The next reports after {@code afterSeq} in arrival order, at most {@code limit}, extracted or
     * not: the caller asks {@link #extracted} which are waiting, by key. Asked as one anti-join
     * ("not extracted, in order, the first 200"), PostgreSQL hashed every run and read every later
     * report for each batch, which made an import's extraction quadratic (0.97 s a batch at 170,000
     * runs). Reads the intake module's report table for ids and arrival order only
     * (extraction_run refers to it by key already); the reports themselves come through the
     * intake API.
     */
    List<Arrival> arrivals(long afterSeq, int limit) {
        return jdbc.query(
                "SELECT seq, id FROM report WHERE seq > :after ORDER BY seq LIMIT :limit",
                Map.of("after", afterSeq, "limit", limit),
                (row, n) -> new Arrival(row.getLong(1), new ReportId(row.getObject(2, UUID.class))));
    }

    /** Stores runs with their observations; returns each run's observation ids in order. */
    List<List<ObservationId>> save(List<Run> runs, Instant now) {
        OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
        SqlParameterSource[] runRows = runs.stream()
                .map(run -> new MapSqlParameterSource()
                        .addValue("report", run.report().value())
                        .addValue("version", run.version())
                        .addValue("count", run.observations().size())
                        .addValue("problem", run.problem())
                        .addValue("at", at))
                .toArray(SqlParameterSource[]::new);
        jdbc.batchUpdate(
                "INSERT INTO extraction_run (report_id, extractor_version, observation_count, problem, extracted_at) "
                        + "VALUES (:report, :version, :count, :problem, :at)",
                runRows);
        List<SqlParameterSource> observationRows = new ArrayList<>();
        List<List<ObservationId>> ids = new ArrayList<>();
        for (Run run : runs) {
            List<ObservationId> runIds = new ArrayList<>();
            for (int ordinal = 0; ordinal < run.observations().size(); ordinal++) {
                Observation observation = run.observations().get(ordinal);
                ObservationId id = ObservationId.derive(run.report(), run.version(), ordinal);
                runIds.add(id);
                observationRows.add(new MapSqlParameterSource()
                        .addValue("id", id.value())
                        .addValue("report", run.report().value())
                        .addValue("version", run.version())
                        .addValue("ordinal", ordinal)
                        .addValue("type", observation.eventType().name())
                        .addValue("from", observation.dateFrom())
                        .addValue("to", observation.dateTo())
                        .addValue(
                                "province",
                                observation.location() == null
                                        ? null
                                        : observation.location().provincePcode())
                        .addValue(
                                "district",
                                observation.location() == null
                                        ? null
                                        : observation.location().districtPcode())
                        .addValue("body", JSON.writeValueAsString(observation))
                        .addValue(
                                "terms",
                                run.terms().isEmpty()
                                        ? null
                                        : stored(run.terms().get(ordinal)))
                        .addValue("at", at));
            }
            ids.add(List.copyOf(runIds));
        }
        if (!observationRows.isEmpty()) {
            jdbc.batchUpdate(
                    "INSERT INTO observation (id, report_id, extractor_version, ordinal, event_type, date_from, date_to, "
                            + "province_pcode, district_pcode, body, terms, extracted_at) VALUES (:id, :report, :version, "
                            + ":ordinal, :type, :from, :to, :province, :district, :body, :terms, :at)",
                    observationRows.toArray(SqlParameterSource[]::new));
        }
        return ids;
    }

    List<StoredObservation> observations(ReportId report, Collection<String> versions) {
        List<StoredObservation> found = withIds(idsOf(report, versions));
        found.sort(Comparator.comparingInt(StoredObservation::ordinal));
        return found;
    }

    /**
     * The ids of a report's observations by its runs of these versions (of every version, when
     * null). An observation's id derives from its report, version and ordinal, and each run counts
     * its observations, so a report's observations are found by id: the table needs no index by
     * report, which cost a random leaf page of a B-tree per stored observation (see V16).
     */
    private List<UUID> idsOf(ReportId report, @Nullable Collection<String> versions) {
        List<UUID> ids = new ArrayList<>();
        MapSqlParameterSource parameters = new MapSqlParameterSource("report", report.value());
        String sql = "SELECT extractor_version, observation_count FROM extraction_run WHERE report_id = :report";
        if (versions != null) {
            sql += " AND extractor_version IN (:versions)";
            parameters.addValue("versions", versions);
        }
        jdbc.query(sql, parameters, row -> {
            String version = row.getString(1);
            for (int ordinal = 0; ordinal < row.getInt(2); ordinal++) {
                ids.add(ObservationId.derive(report, version, ordinal).value());
            }
        });
        return ids;
    }

    /** The stored observations among these ids, of any version, in no particular order. */
    private List<StoredObservation> withIds(List<UUID> ids) {
        return withIds(ids, "", List.of());
    }

    /**
     * The stored observations among these ids that pass a test of their version column ({@code ""},
     * or a condition on {@code :versions}), in no particular order.
     */
    private List<StoredObservation> withIds(List<UUID> ids, String versionTest, Collection<String> versions) {
        return inChunks(
                ids,
                chunk -> jdbc.query(
                        "SELECT * FROM observation WHERE id IN (:ids)" + versionTest,
                        Map.of("ids", chunk, "versions", versions),
                        ObservationStore::observation));
    }

    List<StoredObservation> inBlock(ObservationBlock block, Collection<String> versions) {
        String where = block.districtPcode() != null
                ? "district_pcode = :district"
                : block.provincePcode() != null
                        ? "district_pcode IS NULL AND province_pcode = :province"
                        : "district_pcode IS NULL AND province_pcode IS NULL";
        MapSqlParameterSource parameters = new MapSqlParameterSource()
                .addValue("district", block.districtPcode())
                .addValue("province", block.provincePcode())
                .addValue("versions", versions);
        return jdbc.query(
                "SELECT * FROM observation WHERE " + where
                        + " AND extractor_version IN (:versions) ORDER BY date_from, id",
                parameters,
                ObservationStore::observation);
    }

    /** Observations of these districts and versions beginning between two days (inclusive), in date order. */
    List<StoredObservation> inDistricts(
            Collection<String> districts,
            java.time.LocalDate from,
            java.time.LocalDate to,
            Collection<String> versions) {
        List<StoredObservation> found = new ArrayList<>();
        // one district at a time: H2 does not take the (district, date) index for a list of districts
        for (String district : new TreeSet<>(districts)) {
            found.addAll(jdbc.query(
                    "SELECT * FROM observation WHERE district_pcode = :district AND date_from BETWEEN :from AND :to "
                            + "AND extractor_version IN (:versions)",
                    new MapSqlParameterSource()
                            .addValue("district", district)
                            .addValue("from", from)
                            .addValue("to", to)
                            .addValue("versions", versions),
                    ObservationStore::observation));
        }
        found.sort(Comparator.comparing((StoredObservation o) -> o.observation().dateFrom())
                .thenComparing(o -> o.id().toString()));
        return found;
    }

    /** Observations of these versions among the ids. */
    List<StoredObservation> byIds(Collection<String> ids, Collection<String> versions) {
        return withIds(
                ids.stream().distinct().map(UUID::fromString).toList(),
                " AND extractor_version IN (:versions)",
                versions);
    }

    /** Older versions' observations among the ids, mapped to the current one of the same report and ordinal. */
    Map<String, String> currentEquivalents(Collection<String> ids, Collection<String> versions) {
        List<String> current = new ArrayList<>(new TreeSet<>(versions));
        // each older observation's counterparts: the same report and place under each current version
        Map<UUID, List<UUID>> counterparts = new LinkedHashMap<>();
        for (StoredObservation old : withIds(
                ids.stream().map(UUID::fromString).toList(), " AND extractor_version NOT IN (:versions)", versions)) {
            counterparts.put(
                    old.id().value(),
                    current.stream()
                            .map(version -> ObservationId.derive(old.reportId(), version, old.ordinal())
                                    .value())
                            .toList());
        }
        // of which those stored; the first current version (by name) that has one wins
        Set<UUID> stored = new HashSet<>();
        withIds(counterparts.values().stream().flatMap(List::stream).toList())
                .forEach(found -> stored.add(found.id().value()));
        Map<String, String> equivalents = new HashMap<>();
        counterparts.forEach((old, candidates) -> candidates.stream()
                .filter(stored::contains)
                .findFirst()
                .ifPresent(found -> equivalents.put(old.toString(), found.toString())));
        return equivalents;
    }

    /** Blocks of current observations. */
    List<ObservationBlock> blocks(Collection<String> versions) {
        return jdbc.query(
                "SELECT DISTINCT district_pcode, CASE WHEN district_pcode IS NULL THEN province_pcode END AS province "
                        + "FROM observation WHERE extractor_version IN (:versions)",
                Map.of("versions", versions),
                (row, n) -> new ObservationBlock(row.getString(1), row.getString(2)));
    }

    List<StoredObservation> history(ReportId report) {
        List<StoredObservation> found = withIds(idsOf(report, null));
        found.sort(Comparator.comparing(StoredObservation::extractedAt)
                .thenComparing(stored -> stored.observation().extractorVersion())
                .thenComparingInt(StoredObservation::ordinal));
        return found;
    }

    /** Why the report's run of a version found nothing, when a structured record could not be read. */
    @Nullable
    String problem(ReportId report, Collection<String> versions) {
        return jdbc
                .query(
                        "SELECT problem FROM extraction_run WHERE report_id = :report AND extractor_version IN (:versions) "
                                + "AND problem IS NOT NULL",
                        Map.of("report", report.value(), "versions", versions),
                        (row, n) -> row.getString(1))
                .stream()
                .findFirst()
                .orElse(null);
    }

    private static StoredObservation observation(ResultSet row, int n) throws SQLException {
        Timestamp at = row.getTimestamp("extracted_at");
        String terms = row.getString("terms");
        return new StoredObservation(
                new ObservationId(row.getObject("id", UUID.class)),
                new ReportId(row.getObject("report_id", UUID.class)),
                row.getInt("ordinal"),
                JSON.readValue(row.getString("body"), Observation.class),
                at.toInstant(),
                terms == null || terms.isEmpty() ? List.of() : List.of(terms.split(" ")));
    }

    /** Terms as the column keeps them: separated by spaces (a term is letters only). */
    private static @Nullable String stored(List<String> terms) {
        return terms.isEmpty() ? null : String.join(" ", terms);
    }
}
