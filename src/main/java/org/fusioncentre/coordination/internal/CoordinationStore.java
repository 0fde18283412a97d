package org.fusioncentre.coordination.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.fusioncentre.coordination.Assignment;
import org.fusioncentre.coordination.AssignmentStatus;
import org.fusioncentre.coordination.Committee;
import org.fusioncentre.coordination.CommitteeRole;
import org.fusioncentre.coordination.LineOfEffort;
import org.fusioncentre.coordination.Meeting;
import org.fusioncentre.coordination.Member;
import org.fusioncentre.coordination.Notification;
import org.fusioncentre.coordination.Priority;
import org.fusioncentre.coordination.Theme;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/** Committees, directives, assignments and their history in the relational store; plain SQL for H2 and PostgreSQL. */
@Repository
class CoordinationStore {
    private final NamedParameterJdbcTemplate jdbc;

    CoordinationStore(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A directive as stored, without its assignments. */
    record DirectiveRow(
            UUID id,
            UUID issuingCommitteeId,
            @Nullable UUID parentAssignmentId,
            @Nullable UUID decisionId,
            String title,
            String description,
            LineOfEffort lineOfEffort,
            Theme theme,
            Priority priority,
            LocalDate dueDate,
            List<String> incidentIds,
            List<String> assessmentUnits,
            String issuedBy,
            Instant issuedAt) {}

    /** An assignment as stored, without its history. */
    record AssignmentRow(
            UUID id,
            UUID directiveId,
            UUID committeeId,
            AssignmentStatus status,
            @Nullable AssignmentStatus blockedFrom,
            LocalDate dueDate,
            Instant acknowledgeBy,
            Instant issuedAt,
            @Nullable Instant acknowledgedAt,
            @Nullable Instant completedAt,
            @Nullable Instant verifiedAt) {}

    // --- committees -------------------------------------------------------------------------

    List<Committee> committees() {
        return jdbc.query(
                "SELECT * FROM committee",
                Map.of(),
                (rs, n) -> new Committee(
                        rs.getObject("id", UUID.class),
                        rs.getString("name"),
                        Committee.Level.valueOf(rs.getString("level")),
                        rs.getString("jurisdiction_pcode"),
                        rs.getObject("parent_id", UUID.class)));
    }

    void insertCommittee(Committee committee) {
        jdbc.update(
                "INSERT INTO committee (id, name, level, jurisdiction_pcode, parent_id) "
                        + "VALUES (:id, :name, :level, :pcode, :parent)",
                new MapSqlParameterSource()
                        .addValue("id", committee.id())
                        .addValue("name", committee.name())
                        .addValue("level", committee.level().name())
                        .addValue("pcode", committee.jurisdictionPcode())
                        .addValue("parent", committee.parentId()));
    }

    List<Member> members(UUID committeeId) {
        return jdbc.query(
                "SELECT committee_id, username, role FROM committee_member WHERE committee_id = :id ORDER BY username",
                Map.of("id", committeeId),
                (rs, n) -> new Member(
                        rs.getObject(1, UUID.class), rs.getString(2), CommitteeRole.valueOf(rs.getString(3)), true));
    }

    Optional<CommitteeRole> memberRole(UUID committeeId, String username) {
        return jdbc
                .query(
                        "SELECT role FROM committee_member WHERE committee_id = :id AND username = :username",
                        Map.of("id", committeeId, "username", username),
                        (rs, n) -> CommitteeRole.valueOf(rs.getString(1)))
                .stream()
                .findFirst();
    }

    void putMember(UUID committeeId, String username, CommitteeRole role, Instant now) {
        int updated = jdbc.update(
                "UPDATE committee_member SET role = :role WHERE committee_id = :id AND username = :username",
                Map.of("id", committeeId, "username", username, "role", role.name()));
        if (updated == 0) {
            jdbc.update(
                    "INSERT INTO committee_member (committee_id, username, role, added_at) "
                            + "VALUES (:id, :username, :role, :at)",
                    Map.of("id", committeeId, "username", username, "role", role.name(), "at", utc(now)));
        }
    }

    // --- directives and assignments ---------------------------------------------------------

    void insertDirective(DirectiveRow row) {
        jdbc.update(
                "INSERT INTO directive (id, issuing_committee_id, parent_assignment_id, decision_id, title, description, "
                        + "line_of_effort, theme, priority, due_date, incident_ids, assessment_units, issued_by, issued_at) "
                        + "VALUES (:id, :issuer, :parent, :decision, :title, :description, :line, :theme, :priority, :due, "
                        + ":incidents, :units, :by, :at)",
                new MapSqlParameterSource()
                        .addValue("id", row.id())
                        .addValue("issuer", row.issuingCommitteeId())
                        .addValue("parent", row.parentAssignmentId())
                        .addValue("decision", row.decisionId())
                        .addValue("title", row.title())
                        .addValue("description", row.description())
                        .addValue("line", row.lineOfEffort().name())
                        .addValue("theme", row.theme().name())
                        .addValue("priority", row.priority().name())
                        .addValue("due", row.dueDate())
                        .addValue("incidents", lines(row.incidentIds()))
                        .addValue("units", lines(row.assessmentUnits()))
                        .addValue("by", row.issuedBy())
                        .addValue("at", utc(row.issuedAt())));
    }

    void insertAssignment(AssignmentRow row) {
        jdbc.update(
                "INSERT INTO assignment (id, directive_id, committee_id, status, due_date, acknowledge_by, issued_at) "
                        + "VALUES (:id, :directive, :committee, :status, :due, :ackBy, :at)",
                new MapSqlParameterSource()
                        .addValue("id", row.id())
                        .addValue("directive", row.directiveId())
                        .addValue("committee", row.committeeId())
                        .addValue("status", row.status().name())
                        .addValue("due", row.dueDate())
                        .addValue("ackBy", utc(row.acknowledgeBy()))
                        .addValue("at", utc(row.issuedAt())));
    }

    /**
     * Moves an assignment from one status to another, stamping the time of the move; answers false
     * when it was not in the expected status any more (changed meanwhile).
     */
    boolean move(
            UUID id, AssignmentStatus from, AssignmentStatus to, @Nullable AssignmentStatus blockedFrom, Instant now) {
        String stamp = switch (to) {
            case ACKNOWLEDGED -> ", acknowledged_at = COALESCE(acknowledged_at, :now)";
            case COMPLETED -> ", completed_at = :now";
            case VERIFIED -> ", verified_at = :now";
            case REOPENED -> ", completed_at = NULL";
            default -> "";
        };
        return jdbc.update(
                        "UPDATE assignment SET status = :to, blocked_from = :blocked" + stamp
                                + " WHERE id = :id AND status = :from",
                        new MapSqlParameterSource()
                                .addValue("id", id)
                                .addValue("from", from.name())
                                .addValue("to", to.name())
                                .addValue("blocked", blockedFrom == null ? null : blockedFrom.name())
                                .addValue("now", utc(now)))
                == 1;
    }

    UUID insertStep(
            UUID assignmentId,
            @Nullable AssignmentStatus from,
            AssignmentStatus to,
            @Nullable String note,
            String actor,
            Instant now) {
        Integer last = jdbc.queryForObject(
                "SELECT COALESCE(MAX(seq), 0) FROM assignment_step WHERE assignment_id = :id",
                Map.of("id", assignmentId),
                Integer.class);
        UUID id = UUID.randomUUID();
        jdbc.update(
                "INSERT INTO assignment_step (id, assignment_id, seq, from_status, to_status, note, actor, at) "
                        + "VALUES (:id, :assignment, :seq, :from, :to, :note, :actor, :at)",
                new MapSqlParameterSource()
                        .addValue("id", id)
                        .addValue("assignment", assignmentId)
                        .addValue("seq", (last == null ? 0 : last) + 1)
                        .addValue("from", from == null ? null : from.name())
                        .addValue("to", to.name())
                        .addValue("note", note)
                        .addValue("actor", actor)
                        .addValue("at", utc(now)));
        return id;
    }

    void insertEvidence(
            UUID assignmentId,
            UUID stepId,
            int ordinal,
            @Nullable String text,
            @Nullable String filename,
            @Nullable String contentType,
            byte @Nullable [] content,
            @Nullable String sha256) {
        jdbc.update(
                "INSERT INTO evidence (id, assignment_id, step_id, ordinal, text, filename, content_type, size_bytes, sha256, "
                        + "content) VALUES (:id, :assignment, :step, :ordinal, :text, :filename, :type, :size, :sha, :content)",
                new MapSqlParameterSource()
                        .addValue("id", UUID.randomUUID())
                        .addValue("assignment", assignmentId)
                        .addValue("step", stepId)
                        .addValue("ordinal", ordinal)
                        .addValue("text", text)
                        .addValue("filename", filename)
                        .addValue("type", contentType)
                        .addValue("size", content == null ? null : (long) content.length)
                        .addValue("sha", sha256)
                        .addValue("content", content, java.sql.Types.BINARY));
    }

    Optional<DirectiveRow> directive(UUID id) {
        return jdbc
                .query("SELECT * FROM directive WHERE id = :id", Map.of("id", id), CoordinationStore::directive)
                .stream()
                .findFirst();
    }

    /**
     * The newest directives first, at most this many, holding an assignment that matches every
     * filter given: of the committee, in the status, past its due date and not done on that day.
     */
    List<DirectiveRow> directives(
            @Nullable UUID committee, @Nullable AssignmentStatus status, @Nullable LocalDate overdueOn, int limit) {
        StringBuilder sql = new StringBuilder("SELECT d.* FROM directive d");
        MapSqlParameterSource parameters = new MapSqlParameterSource("limit", limit);
        if (committee != null || status != null || overdueOn != null) {
            sql.append(" WHERE EXISTS (SELECT 1 FROM assignment a WHERE a.directive_id = d.id");
            if (committee != null) {
                sql.append(" AND a.committee_id = :committee");
                parameters.addValue("committee", committee);
            }
            if (status != null) {
                sql.append(" AND a.status = :status");
                parameters.addValue("status", status.name());
            }
            if (overdueOn != null) {
                sql.append(" AND a.due_date < :day AND a.status NOT IN ('COMPLETED', 'VERIFIED')");
                parameters.addValue("day", overdueOn);
            }
            sql.append(")");
        }
        sql.append(" ORDER BY d.issued_at DESC, d.id LIMIT :limit");
        return jdbc.query(sql.toString(), parameters, CoordinationStore::directive);
    }

    /** The directives cascading these assignments, by the assignment they cascade. */
    Map<UUID, List<DirectiveRow>> children(Collection<UUID> assignmentIds) {
        Map<UUID, List<DirectiveRow>> children = new HashMap<>();
        if (assignmentIds.isEmpty()) {
            return children;
        }
        jdbc.query(
                        "SELECT * FROM directive WHERE parent_assignment_id IN (:ids) ORDER BY issued_at, id",
                        Map.of("ids", assignmentIds),
                        CoordinationStore::directive)
                .forEach(row -> children.computeIfAbsent(row.parentAssignmentId(), id -> new ArrayList<>())
                        .add(row));
        return children;
    }

    /** Locks an assignment's row until the transaction ends. */
    void lockAssignment(UUID id) {
        jdbc.queryForList("SELECT id FROM assignment WHERE id = :id FOR UPDATE", Map.of("id", id), UUID.class);
    }

    Optional<AssignmentRow> assignment(UUID id) {
        return jdbc
                .query("SELECT * FROM assignment WHERE id = :id", Map.of("id", id), CoordinationStore::assignment)
                .stream()
                .findFirst();
    }

    /** The assignments of these directives, by directive, in committee order. */
    Map<UUID, List<AssignmentRow>> assignmentsOf(Collection<UUID> directiveIds) {
        Map<UUID, List<AssignmentRow>> result = new HashMap<>();
        if (directiveIds.isEmpty()) {
            return result;
        }
        jdbc.query(
                        "SELECT a.* FROM assignment a JOIN committee c ON c.id = a.committee_id "
                                + "WHERE a.directive_id IN (:ids) ORDER BY c.jurisdiction_pcode",
                        Map.of("ids", directiveIds),
                        CoordinationStore::assignment)
                .forEach(row -> result.computeIfAbsent(row.directiveId(), id -> new ArrayList<>())
                        .add(row));
        return result;
    }

    /** Assignments not completed or verified: what escalation looks at. */
    List<AssignmentRow> openAssignments() {
        return jdbc.query(
                "SELECT * FROM assignment WHERE status NOT IN ('COMPLETED', 'VERIFIED')",
                Map.of(),
                CoordinationStore::assignment);
    }

    /** Every assignment held by one of these committees, with its directive's line of effort and title. */
    List<Held> heldBy(Collection<UUID> committeeIds) {
        if (committeeIds.isEmpty()) {
            return List.of();
        }
        return jdbc.query(
                "SELECT a.*, d.line_of_effort, d.title FROM assignment a JOIN directive d ON d.id = a.directive_id "
                        + "WHERE a.committee_id IN (:ids)",
                Map.of("ids", committeeIds),
                (rs, n) -> new Held(
                        assignment(rs, n),
                        LineOfEffort.valueOf(rs.getString("line_of_effort")),
                        rs.getString("title")));
    }

    record Held(AssignmentRow assignment, LineOfEffort lineOfEffort, String title) {}

    Map<UUID, List<Assignment.Step>> steps(Collection<UUID> assignmentIds) {
        Map<UUID, List<Assignment.Step>> result = new HashMap<>();
        if (assignmentIds.isEmpty()) {
            return result;
        }
        jdbc.query(
                "SELECT * FROM assignment_step WHERE assignment_id IN (:ids) ORDER BY assignment_id, seq",
                Map.of("ids", assignmentIds),
                rs -> {
                    String from = rs.getString("from_status");
                    result.computeIfAbsent(rs.getObject("assignment_id", UUID.class), id -> new ArrayList<>())
                            .add(new Assignment.Step(
                                    rs.getObject("id", UUID.class),
                                    rs.getInt("seq"),
                                    from == null ? null : AssignmentStatus.valueOf(from),
                                    AssignmentStatus.valueOf(rs.getString("to_status")),
                                    rs.getString("note"),
                                    rs.getString("actor"),
                                    instant(rs, "at")));
                });
        return result;
    }

    Map<UUID, List<Assignment.Evidence>> evidence(Collection<UUID> assignmentIds) {
        Map<UUID, List<Assignment.Evidence>> result = new HashMap<>();
        if (assignmentIds.isEmpty()) {
            return result;
        }
        jdbc.query(
                "SELECT e.id, e.assignment_id, e.step_id, e.text, e.filename, e.content_type, e.size_bytes, e.sha256 "
                        + "FROM evidence e JOIN assignment_step s ON s.id = e.step_id "
                        + "WHERE e.assignment_id IN (:ids) ORDER BY e.assignment_id, s.seq, e.ordinal",
                Map.of("ids", assignmentIds),
                rs -> {
                    long size = rs.getLong("size_bytes");
                    result.computeIfAbsent(rs.getObject("assignment_id", UUID.class), id -> new ArrayList<>())
                            .add(new Assignment.Evidence(
                                    rs.getObject("id", UUID.class),
                                    rs.getObject("step_id", UUID.class),
                                    rs.getString("text"),
                                    rs.getString("filename"),
                                    rs.getString("content_type"),
                                    rs.wasNull() ? null : size,
                                    rs.getString("sha256")));
                });
        return result;
    }

    record StoredFile(UUID assignmentId, String filename, String contentType, byte[] content) {}

    Optional<StoredFile> evidenceFile(UUID evidenceId) {
        return jdbc
                .query(
                        "SELECT assignment_id, filename, content_type, content FROM evidence "
                                + "WHERE id = :id AND content IS NOT NULL",
                        Map.of("id", evidenceId),
                        (rs, n) -> new StoredFile(
                                rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getBytes(4)))
                .stream()
                .findFirst();
    }

    Map<UUID, List<Assignment.Escalation>> escalations(Collection<UUID> assignmentIds) {
        Map<UUID, List<Assignment.Escalation>> result = new HashMap<>();
        if (assignmentIds.isEmpty()) {
            return result;
        }
        jdbc.query(
                "SELECT * FROM escalation WHERE assignment_id IN (:ids) ORDER BY escalated_at, cause",
                Map.of("ids", assignmentIds),
                rs -> {
                    result.computeIfAbsent(rs.getObject("assignment_id", UUID.class), id -> new ArrayList<>())
                            .add(new Assignment.Escalation(
                                    rs.getObject("id", UUID.class),
                                    Assignment.Escalation.Cause.valueOf(rs.getString("cause")),
                                    rs.getObject("to_committee_id", UUID.class),
                                    instant(rs, "escalated_at")));
                });
        return result;
    }

    /** Records an escalation unless one of that cause exists; answers whether it was new. */
    boolean escalate(UUID assignmentId, Assignment.Escalation.Cause cause, UUID toCommittee, Instant now) {
        Integer existing = jdbc.queryForObject(
                "SELECT COUNT(*) FROM escalation WHERE assignment_id = :id AND cause = :cause",
                Map.of("id", assignmentId, "cause", cause.name()),
                Integer.class);
        if (existing != null && existing > 0) {
            return false;
        }
        jdbc.update(
                "INSERT INTO escalation (id, assignment_id, cause, to_committee_id, escalated_at) "
                        + "VALUES (:id, :assignment, :cause, :to, :at)",
                new MapSqlParameterSource()
                        .addValue("id", UUID.randomUUID())
                        .addValue("assignment", assignmentId)
                        .addValue("cause", cause.name())
                        .addValue("to", toCommittee)
                        .addValue("at", utc(now)));
        return true;
    }

    void notify(UUID committeeId, String kind, @Nullable UUID assignmentId, String text, Instant now) {
        jdbc.update(
                "INSERT INTO notification (id, committee_id, kind, assignment_id, text, created_at) "
                        + "VALUES (:id, :committee, :kind, :assignment, :text, :at)",
                new MapSqlParameterSource()
                        .addValue("id", UUID.randomUUID())
                        .addValue("committee", committeeId)
                        .addValue("kind", kind)
                        .addValue("assignment", assignmentId)
                        .addValue("text", text.length() > 1000 ? text.substring(0, 1000) : text)
                        .addValue("at", utc(now)));
    }

    List<Notification> notifications(UUID committeeId, int limit) {
        return jdbc.query(
                "SELECT * FROM notification WHERE committee_id = :id ORDER BY created_at DESC, id LIMIT :limit",
                Map.of("id", committeeId, "limit", limit),
                (rs, n) -> new Notification(
                        rs.getObject("id", UUID.class),
                        rs.getObject("committee_id", UUID.class),
                        rs.getString("kind"),
                        rs.getObject("assignment_id", UUID.class),
                        rs.getString("text"),
                        instant(rs, "created_at")));
    }

    // --- meetings -----------------------------------------------------------------------------

    void insertMeeting(UUID id, UUID committeeId, LocalDate heldOn, List<String> agenda, String by, Instant now) {
        jdbc.update(
                "INSERT INTO meeting (id, committee_id, held_on, agenda, recorded_by, recorded_at) "
                        + "VALUES (:id, :committee, :day, :agenda, :by, :at)",
                new MapSqlParameterSource()
                        .addValue("id", id)
                        .addValue("committee", committeeId)
                        .addValue("day", heldOn)
                        .addValue("agenda", String.join("\n", agenda))
                        .addValue("by", by)
                        .addValue("at", utc(now)));
    }

    void insertDecision(UUID id, UUID meetingId, int ordinal, String text) {
        jdbc.update(
                "INSERT INTO meeting_decision (id, meeting_id, ordinal, text) VALUES (:id, :meeting, :ordinal, :text)",
                Map.of("id", id, "meeting", meetingId, "ordinal", ordinal, "text", text));
    }

    List<Meeting> meetings(UUID committeeId) {
        List<Meeting> meetings = new ArrayList<>();
        jdbc.query(
                "SELECT * FROM meeting WHERE committee_id = :id ORDER BY held_on DESC, recorded_at DESC",
                Map.of("id", committeeId),
                rs -> {
                    UUID id = rs.getObject("id", UUID.class);
                    String agenda = rs.getString("agenda");
                    meetings.add(new Meeting(
                            id,
                            committeeId,
                            rs.getObject("held_on", LocalDate.class),
                            agenda.isEmpty() ? List.of() : List.of(agenda.split("\n")),
                            decisions(id),
                            rs.getString("recorded_by"),
                            instant(rs, "recorded_at")));
                });
        return meetings;
    }

    private List<Meeting.Decision> decisions(UUID meetingId) {
        return jdbc.query(
                "SELECT id, ordinal, text FROM meeting_decision WHERE meeting_id = :id ORDER BY ordinal",
                Map.of("id", meetingId),
                (rs, n) -> {
                    UUID id = rs.getObject(1, UUID.class);
                    return new Meeting.Decision(
                            id,
                            rs.getInt(2),
                            rs.getString(3),
                            jdbc.queryForList(
                                    "SELECT id FROM directive WHERE decision_id = :id ORDER BY issued_at, id",
                                    Map.of("id", id),
                                    UUID.class));
                });
    }

    // --- mapping ----------------------------------------------------------------------------

    private static DirectiveRow directive(ResultSet rs, int n) throws SQLException {
        return new DirectiveRow(
                rs.getObject("id", UUID.class),
                rs.getObject("issuing_committee_id", UUID.class),
                rs.getObject("parent_assignment_id", UUID.class),
                rs.getObject("decision_id", UUID.class),
                rs.getString("title"),
                rs.getString("description"),
                LineOfEffort.valueOf(rs.getString("line_of_effort")),
                Theme.valueOf(rs.getString("theme")),
                Priority.valueOf(rs.getString("priority")),
                rs.getObject("due_date", LocalDate.class),
                split(rs.getString("incident_ids")),
                split(rs.getString("assessment_units")),
                rs.getString("issued_by"),
                instant(rs, "issued_at"));
    }

    private static AssignmentRow assignment(ResultSet rs, int n) throws SQLException {
        String blocked = rs.getString("blocked_from");
        return new AssignmentRow(
                rs.getObject("id", UUID.class),
                rs.getObject("directive_id", UUID.class),
                rs.getObject("committee_id", UUID.class),
                AssignmentStatus.valueOf(rs.getString("status")),
                blocked == null ? null : AssignmentStatus.valueOf(blocked),
                rs.getObject("due_date", LocalDate.class),
                instant(rs, "acknowledge_by"),
                instant(rs, "issued_at"),
                nullableInstant(rs, "acknowledged_at"),
                nullableInstant(rs, "completed_at"),
                nullableInstant(rs, "verified_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    private static @Nullable Instant nullableInstant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime time = rs.getObject(column, OffsetDateTime.class);
        return time == null ? null : time.toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static @Nullable String lines(List<String> values) {
        return values.isEmpty() ? null : String.join("\n", values);
    }

    private static List<String> split(@Nullable String stored) {
        return stored == null || stored.isEmpty() ? List.of() : List.of(stored.split("\n"));
    }
}
