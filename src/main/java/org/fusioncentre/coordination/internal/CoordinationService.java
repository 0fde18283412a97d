package org.fusioncentre.coordination.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.fusioncentre.access.Audience;
import org.fusioncentre.access.AuditLog;
import org.fusioncentre.access.AuditRecord;
import org.fusioncentre.access.Role;
import org.fusioncentre.access.Users;
import org.fusioncentre.coordination.Assignment;
import org.fusioncentre.coordination.AssignmentStatus;
import org.fusioncentre.coordination.Committee;
import org.fusioncentre.coordination.CommitteeRole;
import org.fusioncentre.coordination.Compliance;
import org.fusioncentre.coordination.Coordination;
import org.fusioncentre.coordination.CoordinationRejected;
import org.fusioncentre.coordination.Directive;
import org.fusioncentre.coordination.EvidenceItem;
import org.fusioncentre.coordination.LineOfEffort;
import org.fusioncentre.coordination.Meeting;
import org.fusioncentre.coordination.Member;
import org.fusioncentre.coordination.NewDirective;
import org.fusioncentre.coordination.Notification;
import org.fusioncentre.coordination.internal.CoordinationStore.AssignmentRow;
import org.fusioncentre.coordination.internal.CoordinationStore.DirectiveRow;
import org.fusioncentre.geo.AdminLevel;
import org.fusioncentre.geo.AdminUnit;
import org.fusioncentre.geo.Geocoding;
import org.fusioncentre.geo.PCode;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Committees, directives and assignments. Each change runs in one transaction with its audit
 * entry; what a caller sees and may do follows {@link Coordination}'s rules.
 */
@Service
class CoordinationService implements Coordination {
    private static final ZoneId PAKISTAN = ZoneId.of("Asia/Karachi");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern UNIT = Pattern.compile("PK\\d{0,5}");
    private static final int MAX_DIRECTIVES = 2_000;

    private final CoordinationStore store;
    private final Geocoding geocoding;
    private final Users users;
    private final AuditLog audit;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final CoordinationProperties properties;
    private volatile boolean synced;

    CoordinationService(
            CoordinationStore store,
            Geocoding geocoding,
            Users users,
            AuditLog audit,
            PlatformTransactionManager transactionManager,
            Clock clock,
            CoordinationProperties properties) {
        this.store = store;
        this.geocoding = geocoding;
        this.users = users;
        this.audit = audit;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
        this.properties = properties;
    }

    // --- committees -------------------------------------------------------------------------

    @Override
    public synchronized int syncCommittees() {
        Map<String, Committee> existing = new HashMap<>();
        store.committees().forEach(committee -> existing.put(committee.jurisdictionPcode(), committee));
        List<Committee> wanted = new ArrayList<>();
        Committee federal =
                new Committee(Committee.idOf("PK"), "Federal Apex Committee", Committee.Level.FEDERAL, "PK", null);
        wanted.add(federal);
        // P-codes name the provinces and territories PK1 to PK7
        for (int number = 1; number <= 7; number++) {
            Optional<AdminUnit> province = geocoding.unit(PCode.of("PK" + number));
            if (province.isEmpty() || province.get().level() != AdminLevel.PROVINCE) {
                continue;
            }
            String code = province.get().code().value();
            Committee provincial = new Committee(
                    Committee.idOf(code),
                    "Provincial Apex Committee " + province.get().name(),
                    Committee.Level.PROVINCIAL,
                    code,
                    federal.id());
            wanted.add(provincial);
            for (AdminUnit district : geocoding.children(province.get().code())) {
                if (district.level() == AdminLevel.DISTRICT) {
                    wanted.add(new Committee(
                            Committee.idOf(district.code().value()),
                            "District Coordination Committee " + district.name(),
                            Committee.Level.DISTRICT,
                            district.code().value(),
                            provincial.id()));
                }
            }
        }
        List<Committee> missing = wanted.stream()
                .filter(committee -> !existing.containsKey(committee.jurisdictionPcode()))
                .toList();
        if (!missing.isEmpty()) {
            transactions.executeWithoutResult(status -> missing.forEach(store::insertCommittee));
        }
        synced = true;
        return missing.size();
    }

    private Map<UUID, Committee> committeeMap() {
        if (!synced) {
            syncCommittees();
        }
        Map<UUID, Committee> byId = new LinkedHashMap<>();
        store.committees().stream()
                .sorted(Comparator.comparing((Committee c) -> c.level().ordinal())
                        .thenComparing(Committee::jurisdictionPcode))
                .forEach(committee -> byId.put(committee.id(), committee));
        return byId;
    }

    @Override
    public List<Committee> committees() {
        return List.copyOf(committeeMap().values());
    }

    @Override
    public Optional<Committee> committee(UUID id) {
        return Optional.ofNullable(committeeMap().get(id));
    }

    private Committee existing(UUID id) {
        return committee(id).orElseThrow(() -> CoordinationRejected.notFound("no committee with id " + id));
    }

    @Override
    public List<Member> members(UUID committeeId, Audience who) {
        Committee committee = visibleCommittee(committeeId, committeeMap(), who);
        Map<String, Member> members = new LinkedHashMap<>();
        store.members(committeeId).forEach(member -> members.put(member.username(), member));
        for (org.fusioncentre.access.User user : users.list()) {
            if (!user.disabled()
                    && user.has(Role.COMMITTEE_MEMBER)
                    && user.jurisdiction().code().equals(committee.jurisdictionPcode())) {
                members.putIfAbsent(
                        user.username(), new Member(committeeId, user.username(), CommitteeRole.MEMBER, false));
            }
        }
        return List.copyOf(members.values());
    }

    @Override
    public Member addMember(UUID committeeId, String username, CommitteeRole role, Audience who) {
        Committee committee = existing(committeeId);
        if (!who.seesEverything() && !who.roles().contains(Role.ADMIN)) {
            throw CoordinationRejected.forbidden("only administrators manage committee membership");
        }
        if (!who.seesEverything() && !who.jurisdiction().contains(committee.jurisdictionPcode())) {
            throw CoordinationRejected.forbidden(committee.name() + " lies outside the jurisdiction "
                    + who.jurisdiction().code() + " of " + who.name());
        }
        String name = username == null ? "" : username.strip();
        org.fusioncentre.access.User account =
                users.find(name).orElseThrow(() -> CoordinationRejected.invalid("no account named '" + name + "'"));
        if (!account.jurisdiction().contains(committee.jurisdictionPcode())) {
            throw CoordinationRejected.invalid("the jurisdiction "
                    + account.jurisdiction().code() + " of " + name + " does not reach " + committee.name());
        }
        transactions.executeWithoutResult(status -> {
            Optional<CommitteeRole> before = store.memberRole(committeeId, name);
            store.putMember(committeeId, name, role, clock.instant());
            audit.record(new AuditRecord(
                    who.name(),
                    "committee.member",
                    "committee",
                    committeeId.toString(),
                    before.map(previous -> json(Map.of("username", name, "role", previous.name())))
                            .orElse(null),
                    json(Map.of("username", name, "role", role.name())),
                    null,
                    null));
        });
        return new Member(committeeId, name, role, true);
    }

    /** Whether the audience acts for the committee: the operator, a recorded member, or a COMMITTEE_MEMBER of its unit. */
    private boolean memberOf(Committee committee, Audience who) {
        if (who.seesEverything()) {
            return true;
        }
        if (who.kind() != Audience.Kind.USER) {
            return false;
        }
        if (who.roles().contains(Role.COMMITTEE_MEMBER)
                && who.jurisdiction().code().equals(committee.jurisdictionPcode())) {
            return true;
        }
        // a recorded member acts only where their jurisdiction reaches, and so sees what they direct
        return sees(committee, who)
                && store.memberRole(committee.id(), who.name()).isPresent();
    }

    /** Whether the audience may see a committee's assignments: its jurisdiction holds the committee's unit. */
    private static boolean sees(Committee committee, Audience who) {
        return who.seesEverything()
                || who.kind() == Audience.Kind.USER && who.jurisdiction().contains(committee.jurisdictionPcode());
    }

    // --- directives ---------------------------------------------------------------------------

    @Override
    public Directive issue(NewDirective request, Audience who) {
        Map<UUID, Committee> committees = committeeMap();
        Committee issuer = committees.get(request.issuingCommitteeId());
        if (issuer == null) {
            throw CoordinationRejected.notFound("no committee with id " + request.issuingCommitteeId());
        }
        if (!memberOf(issuer, who)) {
            throw CoordinationRejected.forbidden(who.name() + " is not a member of " + issuer.name());
        }
        List<Committee> assignees =
                assignees(issuer, request.assigneeCommitteeIds(), request.allSubordinates(), committees);
        DirectiveRow row = directiveRow(request, null, null, who);
        transactions.executeWithoutResult(status -> store(row, assignees, who));
        return directive(row.id(), Audience.operator(who.name())).orElseThrow();
    }

    /** Checks a new directive and makes its stored form. */
    private DirectiveRow directiveRow(
            NewDirective request, @Nullable UUID parentAssignment, @Nullable UUID decision, Audience who) {
        String title = request.title() == null ? "" : request.title().strip();
        if (title.isEmpty() || title.length() > 300) {
            throw CoordinationRejected.invalid("a directive needs a title of 1 to 300 characters");
        }
        String description =
                request.description() == null ? "" : request.description().strip();
        if (description.length() > 10_000) {
            throw CoordinationRejected.invalid("a description takes at most 10,000 characters");
        }
        if (request.lineOfEffort() == null || request.theme() == null || request.priority() == null) {
            throw CoordinationRejected.invalid("a directive needs a line_of_effort, a theme and a priority");
        }
        LocalDate today = today();
        if (request.dueDate() == null || request.dueDate().isBefore(today)) {
            throw CoordinationRejected.invalid(
                    "the due date " + request.dueDate() + " is in the past (today is " + today + ")");
        }
        for (String incident : request.incidentIds()) {
            try {
                UUID.fromString(incident);
            } catch (IllegalArgumentException e) {
                throw CoordinationRejected.invalid("'" + incident + "' is not an incident id");
            }
        }
        for (String unit : request.assessmentUnits()) {
            if (!UNIT.matcher(unit).matches()
                    || !unit.equals("PK") && geocoding.unit(PCode.of(unit)).isEmpty()) {
                throw CoordinationRejected.invalid("'" + unit + "' is not a unit's P-code");
            }
        }
        return new DirectiveRow(
                UUID.randomUUID(),
                request.issuingCommitteeId(),
                parentAssignment,
                decision,
                title,
                description,
                request.lineOfEffort(),
                request.theme(),
                request.priority(),
                request.dueDate(),
                request.incidentIds(),
                request.assessmentUnits(),
                who.name(),
                clock.instant());
    }

    /** The committees directly below the issuer that a directive goes to: those named, or all. */
    private static List<Committee> assignees(
            Committee issuer, List<UUID> named, boolean all, Map<UUID, Committee> committees) {
        List<Committee> below = committees.values().stream()
                .filter(committee -> issuer.id().equals(committee.parentId()))
                .toList();
        if (below.isEmpty()) {
            throw CoordinationRejected.invalid(issuer.name() + " has no committees below it to direct");
        }
        if (all) {
            if (!named.isEmpty()) {
                throw CoordinationRejected.invalid("name the assignee committees or ask for all, not both");
            }
            return below;
        }
        if (named.isEmpty()) {
            throw CoordinationRejected.invalid("name at least one assignee committee (or all of them)");
        }
        List<Committee> chosen = new ArrayList<>();
        for (UUID id : new LinkedHashSet<>(named)) {
            Committee committee = committees.get(id);
            if (committee == null) {
                throw CoordinationRejected.invalid("no committee with id " + id);
            }
            if (!issuer.id().equals(committee.parentId())) {
                throw CoordinationRejected.invalid(committee.name() + " is not directly below " + issuer.name()
                        + ": directives go one level down");
            }
            chosen.add(committee);
        }
        return chosen;
    }

    private void store(DirectiveRow row, List<Committee> assignees, Audience who) {
        store.insertDirective(row);
        Instant acknowledgeBy = row.issuedAt().plus(properties.acknowledgeWithin());
        List<String> assigned = new ArrayList<>();
        for (Committee committee : assignees) {
            UUID id = UUID.randomUUID();
            store.insertAssignment(new AssignmentRow(
                    id,
                    row.id(),
                    committee.id(),
                    AssignmentStatus.ISSUED,
                    null,
                    row.dueDate(),
                    acknowledgeBy,
                    row.issuedAt(),
                    null,
                    null,
                    null));
            store.insertStep(id, null, AssignmentStatus.ISSUED, null, who.name(), row.issuedAt());
            store.notify(
                    committee.id(),
                    "ASSIGNED",
                    id,
                    "New directive: " + row.title() + " (due " + row.dueDate() + ")",
                    row.issuedAt());
            assigned.add(committee.jurisdictionPcode());
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("title", row.title());
        after.put("issuing_committee_id", row.issuingCommitteeId().toString());
        after.put(
                "parent_assignment_id",
                row.parentAssignmentId() == null
                        ? null
                        : row.parentAssignmentId().toString());
        after.put("line_of_effort", row.lineOfEffort().name());
        after.put("theme", row.theme().name());
        after.put("priority", row.priority().name());
        after.put("due_date", row.dueDate().toString());
        after.put("assignees", assigned);
        audit.record(new AuditRecord(
                who.name(),
                row.parentAssignmentId() == null ? "directive.issue" : "directive.cascade",
                "directive",
                row.id().toString(),
                null,
                json(after),
                null,
                null));
    }

    @Override
    public Optional<Directive> directive(UUID id, Audience who) {
        Map<UUID, Committee> committees = committeeMap();
        return store.directive(id)
                .flatMap(row -> assemble(List.of(row), committees, who).stream().findFirst());
    }

    @Override
    public List<Directive> directives(
            @Nullable UUID committeeId, @Nullable AssignmentStatus status, boolean overdueOnly, Audience who) {
        Map<UUID, Committee> committees = committeeMap();
        if (committeeId != null && !committees.containsKey(committeeId)) {
            throw CoordinationRejected.notFound("no committee with id " + committeeId);
        }
        LocalDate today = today();
        // the filters go to the database first, so an old overdue assignment is found however many
        // directives came after it; what the reader sees of each is filtered again below
        List<DirectiveRow> rows = store.directives(committeeId, status, overdueOnly ? today : null, MAX_DIRECTIVES);
        return assemble(rows, committees, who).stream()
                .filter(directive -> directive.assignments().stream()
                        .anyMatch(assignment ->
                                (committeeId == null || assignment.committeeId().equals(committeeId))
                                        && (status == null || assignment.status() == status)
                                        && (!overdueOnly || overdue(assignment.status(), assignment.dueDate(), today))))
                .toList();
    }

    /**
     * Directives as the reader sees them: visible when the reader sees the issuing committee or one
     * assignee; a reader who does not see the issuer sees only the assignments it may see.
     */
    private List<Directive> assemble(List<DirectiveRow> rows, Map<UUID, Committee> committees, Audience who) {
        Map<UUID, List<AssignmentRow>> assignments =
                store.assignmentsOf(rows.stream().map(DirectiveRow::id).toList());
        Map<DirectiveRow, List<AssignmentRow>> shownOf = new LinkedHashMap<>();
        for (DirectiveRow row : rows) {
            List<AssignmentRow> all = assignments.getOrDefault(row.id(), List.of());
            boolean seesIssuer = sees(committees.get(row.issuingCommitteeId()), who);
            List<AssignmentRow> shown = seesIssuer
                    ? all
                    : all.stream()
                            .filter(assignment -> sees(committees.get(assignment.committeeId()), who))
                            .toList();
            if (!shown.isEmpty()) {
                shownOf.put(row, shown);
            }
        }
        // everything the directives shown need, a query per kind (and per cascade level), not per directive
        List<UUID> shownIds = shownOf.values().stream()
                .flatMap(List::stream)
                .map(AssignmentRow::id)
                .toList();
        Map<UUID, List<Assignment.Step>> steps = store.steps(shownIds);
        Map<UUID, List<Assignment.Evidence>> evidence = store.evidence(shownIds);
        Map<UUID, List<Assignment.Escalation>> escalations = store.escalations(shownIds);
        Progress progress = new Progress();
        progress.prepare(shownOf.keySet().stream()
                .flatMap(row -> assignments.getOrDefault(row.id(), List.of()).stream())
                .toList());
        LocalDate today = today();
        List<Directive> result = new ArrayList<>();
        shownOf.forEach((row, shown) -> {
            List<Assignment> views = new ArrayList<>();
            for (AssignmentRow assignment : shown) {
                views.add(new Assignment(
                        assignment.id(),
                        assignment.directiveId(),
                        assignment.committeeId(),
                        assignment.status(),
                        assignment.blockedFrom(),
                        assignment.dueDate(),
                        assignment.acknowledgeBy(),
                        assignment.issuedAt(),
                        assignment.acknowledgedAt(),
                        assignment.completedAt(),
                        assignment.verifiedAt(),
                        overdue(assignment.status(), assignment.dueDate(), today),
                        progress.childrenOf(assignment.id()).stream()
                                .map(DirectiveRow::id)
                                .toList(),
                        round(progress.of(assignment)),
                        steps.getOrDefault(assignment.id(), List.of()),
                        evidence.getOrDefault(assignment.id(), List.of()),
                        escalations.getOrDefault(assignment.id(), List.of())));
            }
            double mean = assignments.getOrDefault(row.id(), List.of()).stream()
                    .mapToDouble(progress::of)
                    .average()
                    .orElse(0);
            result.add(new Directive(
                    row.id(),
                    row.issuingCommitteeId(),
                    row.parentAssignmentId(),
                    row.decisionId(),
                    row.title(),
                    row.description(),
                    row.lineOfEffort(),
                    row.theme(),
                    row.priority(),
                    row.dueDate(),
                    row.incidentIds(),
                    row.assessmentUnits(),
                    row.issuedBy(),
                    row.issuedAt(),
                    views,
                    round(mean)));
        });
        return result;
    }

    /**
     * Progress rolled up the cascade, like a results tree: an assignment counts its status's
     * progress until it is cascaded; a cascaded one counts the mean progress of the child
     * directives' assignments until its own committee's work is verified (1) — each recipient
     * weighs the same. A directive's progress is the mean of its assignments'.
     */
    private final class Progress {
        private final Map<UUID, List<DirectiveRow>> children = new HashMap<>();
        private final Map<UUID, List<AssignmentRow>> childAssignments = new HashMap<>();
        private final Map<UUID, Double> values = new HashMap<>();

        /** Reads the cascades below these assignments, a level at a time. */
        void prepare(List<AssignmentRow> assignments) {
            List<UUID> level = assignments.stream()
                    .map(AssignmentRow::id)
                    .filter(id -> !children.containsKey(id))
                    .toList();
            while (!level.isEmpty()) {
                Map<UUID, List<DirectiveRow>> found = store.children(level);
                level.forEach(id -> children.put(id, found.getOrDefault(id, List.of())));
                List<UUID> directives = found.values().stream()
                        .flatMap(List::stream)
                        .map(DirectiveRow::id)
                        .toList();
                Map<UUID, List<AssignmentRow>> below = store.assignmentsOf(directives);
                childAssignments.putAll(below);
                level = below.values().stream()
                        .flatMap(List::stream)
                        .map(AssignmentRow::id)
                        .filter(id -> !children.containsKey(id))
                        .toList();
            }
        }

        List<DirectiveRow> childrenOf(UUID assignment) {
            return children.getOrDefault(assignment, List.of());
        }

        double of(AssignmentRow assignment) {
            Double known = values.get(assignment.id());
            if (known != null) {
                return known;
            }
            if (!children.containsKey(assignment.id())) {
                prepare(List.of(assignment));
            }
            double value;
            List<DirectiveRow> cascades = childrenOf(assignment.id());
            if (assignment.status() == AssignmentStatus.VERIFIED) {
                value = 1.0;
            } else if (cascades.isEmpty()) {
                AssignmentStatus counted =
                        assignment.status() == AssignmentStatus.BLOCKED && assignment.blockedFrom() != null
                                ? assignment.blockedFrom()
                                : assignment.status();
                value = counted.progress();
            } else {
                value = cascades.stream()
                        .flatMap(child -> childAssignments.getOrDefault(child.id(), List.of()).stream())
                        .mapToDouble(this::of)
                        .average()
                        .orElse(0);
            }
            values.put(assignment.id(), value);
            return value;
        }
    }

    private static double round(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }

    private static boolean overdue(AssignmentStatus status, LocalDate due, LocalDate today) {
        return !status.done() && today.isAfter(due);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(PAKISTAN));
    }

    // --- cascade and workflow -----------------------------------------------------------------

    @Override
    public Directive cascade(
            UUID assignmentId,
            List<UUID> assigneeCommitteeIds,
            @Nullable String instructions,
            LocalDate dueDate,
            Audience who) {
        Map<UUID, Committee> committees = committeeMap();
        AssignmentRow assignment = visibleAssignment(assignmentId, committees, who);
        Committee holder = committees.get(assignment.committeeId());
        if (!memberOf(holder, who)) {
            throw CoordinationRejected.forbidden(who.name() + " is not a member of " + holder.name());
        }
        if (assignment.status().done() || assignment.status() == AssignmentStatus.BLOCKED) {
            throw CoordinationRejected.invalid("an assignment that is " + assignment.status() + " cannot be cascaded");
        }
        if (dueDate == null || dueDate.isAfter(assignment.dueDate())) {
            throw CoordinationRejected.invalid(
                    "a cascade is due no later than its assignment (" + assignment.dueDate() + "), not " + dueDate);
        }
        DirectiveRow parent = store.directive(assignment.directiveId()).orElseThrow();
        List<Committee> assignees = assignees(holder, assigneeCommitteeIds, assigneeCommitteeIds.isEmpty(), committees);
        // the committee tree has no cycles, but the cascade chain must not return to a committee above
        Set<UUID> chain = new java.util.HashSet<>();
        for (AssignmentRow link = assignment; link != null; ) {
            chain.add(link.committeeId());
            DirectiveRow linkDirective = store.directive(link.directiveId()).orElseThrow();
            chain.add(linkDirective.issuingCommitteeId());
            link = linkDirective.parentAssignmentId() == null
                    ? null
                    : store.assignment(linkDirective.parentAssignmentId()).orElse(null);
        }
        for (Committee assignee : assignees) {
            if (chain.contains(assignee.id())) {
                throw CoordinationRejected.invalid("cascading to " + assignee.name() + " would make a cycle");
            }
        }
        String description =
                instructions == null || instructions.isBlank() ? parent.description() : instructions.strip();
        NewDirective child = new NewDirective(
                holder.id(),
                parent.title(),
                description,
                parent.lineOfEffort(),
                parent.theme(),
                parent.priority(),
                dueDate,
                assignees.stream().map(Committee::id).toList(),
                false,
                parent.incidentIds(),
                parent.assessmentUnits());
        DirectiveRow row = directiveRow(child, assignmentId, null, who);
        transactions.executeWithoutResult(status -> {
            // the assignment's row lock makes concurrent cascades and transitions of it take turns,
            // so what is checked here still holds when the child directive is stored
            store.lockAssignment(assignmentId);
            AssignmentRow current = store.assignment(assignmentId).orElseThrow();
            if (current.status().done() || current.status() == AssignmentStatus.BLOCKED) {
                throw CoordinationRejected.invalid("an assignment that is " + current.status() + " cannot be cascaded");
            }
            Set<UUID> already = new java.util.HashSet<>();
            store.children(List.of(assignmentId))
                    .getOrDefault(assignmentId, List.of())
                    .forEach(existing -> store.assignmentsOf(List.of(existing.id()))
                            .getOrDefault(existing.id(), List.of())
                            .forEach(held -> already.add(held.committeeId())));
            for (Committee assignee : assignees) {
                if (already.contains(assignee.id())) {
                    throw CoordinationRejected.invalid("this assignment was already cascaded to " + assignee.name());
                }
            }
            store(row, assignees, who);
        });
        return directive(row.id(), Audience.operator(who.name())).orElseThrow();
    }

    private AssignmentRow visibleAssignment(UUID id, Map<UUID, Committee> committees, Audience who) {
        AssignmentRow assignment =
                store.assignment(id).orElseThrow(() -> CoordinationRejected.notFound("no assignment with id " + id));
        DirectiveRow directive = store.directive(assignment.directiveId()).orElseThrow();
        if (!sees(committees.get(assignment.committeeId()), who)
                && !sees(committees.get(directive.issuingCommitteeId()), who)) {
            throw CoordinationRejected.notFound("no assignment with id " + id);
        }
        return assignment;
    }

    @Override
    public Assignment transition(
            UUID assignmentId, AssignmentStatus to, @Nullable String note, List<EvidenceItem> evidence, Audience who) {
        Map<UUID, Committee> committees = committeeMap();
        AssignmentRow assignment = visibleAssignment(assignmentId, committees, who);
        DirectiveRow directive = store.directive(assignment.directiveId()).orElseThrow();
        Committee holder = committees.get(assignment.committeeId());
        Committee issuer = committees.get(directive.issuingCommitteeId());
        AssignmentStatus from = assignment.status();
        if (to == null) {
            throw CoordinationRejected.invalid("name the status to move to in 'to'");
        }
        boolean byAssignee = assigneeMoves(assignment).contains(to);
        boolean byIssuer = from.issuerMoves().contains(to);
        if (!byAssignee && !byIssuer) {
            Set<AssignmentStatus> possible = new java.util.TreeSet<>(assigneeMoves(assignment));
            possible.addAll(from.issuerMoves());
            throw CoordinationRejected.invalid("an assignment cannot go from " + from + " to " + to
                    + (possible.isEmpty()
                            ? "; " + from + " is final"
                            : "; from " + from + " it may go to " + possible));
        }
        if (byAssignee && !memberOf(holder, who)) {
            throw CoordinationRejected.forbidden("only members of " + holder.name() + " move its assignment to " + to
                    + "; " + who.name() + " is not one");
        }
        if (byIssuer && !memberOf(issuer, who)) {
            throw CoordinationRejected.forbidden("only members of the issuing " + issuer.name() + " may set " + to
                    + "; " + who.name() + " is not one");
        }
        if (to == AssignmentStatus.BLOCKED && from == AssignmentStatus.BLOCKED) {
            throw CoordinationRejected.invalid("the assignment is blocked already");
        }
        String reason = note == null || note.isBlank() ? null : note.strip();
        if (reason != null && reason.length() > 4000) {
            throw CoordinationRejected.invalid("a note takes at most 4,000 characters");
        }
        if ((to == AssignmentStatus.BLOCKED || to == AssignmentStatus.REOPENED) && reason == null) {
            throw CoordinationRejected.invalid(to + " needs a reason in 'note'");
        }
        if (to == AssignmentStatus.COMPLETED && evidence.isEmpty()) {
            throw CoordinationRejected.invalid("completing an assignment needs evidence: a statement or files");
        }
        List<CheckedEvidence> checked = check(evidence);
        AssignmentStatus blockedFrom = to == AssignmentStatus.BLOCKED ? from : null;
        Instant now = clock.instant();
        transactions.executeWithoutResult(status -> {
            store.lockAssignment(assignmentId);
            if (!store.move(assignmentId, from, to, blockedFrom, now)) {
                throw CoordinationRejected.invalid("the assignment changed meanwhile; read it again");
            }
            UUID step = store.insertStep(assignmentId, from, to, reason, who.name(), now);
            for (int i = 0; i < checked.size(); i++) {
                CheckedEvidence item = checked.get(i);
                store.insertEvidence(
                        assignmentId,
                        step,
                        i + 1,
                        item.text(),
                        item.filename(),
                        item.contentType(),
                        item.content(),
                        item.sha256());
            }
            if (byIssuer) {
                store.notify(
                        holder.id(),
                        to.name(),
                        assignmentId,
                        directive.title() + ": " + to + (reason == null ? "" : " (" + reason + ")"),
                        now);
            }
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("status", to.name());
            after.put(
                    "evidence", checked.stream().map(CheckedEvidence::describe).toList());
            audit.record(new AuditRecord(
                    who.name(),
                    "assignment.transition",
                    "assignment",
                    assignmentId.toString(),
                    json(Map.of("status", from.name())),
                    json(after),
                    null,
                    reason));
        });
        Directive seen =
                directive(directive.id(), Audience.operator(who.name())).orElseThrow();
        return seen.assignments().stream()
                .filter(shown -> shown.id().equals(assignmentId))
                .findFirst()
                .orElseThrow();
    }

    /**
     * Where the assignee may move an assignment: along the workflow, and from BLOCKED only back to
     * where it was blocked (an assignment blocked before it was acknowledged is acknowledged).
     */
    private static Set<AssignmentStatus> assigneeMoves(AssignmentRow assignment) {
        if (assignment.status() == AssignmentStatus.BLOCKED) {
            AssignmentStatus back = assignment.blockedFrom();
            return Set.of(back == null || back == AssignmentStatus.ISSUED ? AssignmentStatus.ACKNOWLEDGED : back);
        }
        return assignment.status().assigneeMoves();
    }

    private record CheckedEvidence(
            @Nullable String text,
            @Nullable String filename,
            @Nullable String contentType,
            byte @Nullable [] content,
            @Nullable String sha256) {
        Map<String, Object> describe() {
            Map<String, Object> described = new LinkedHashMap<>();
            if (text != null) {
                described.put("text", text);
            }
            if (filename != null) {
                described.put("filename", filename);
                described.put("content_type", contentType);
                described.put("sha256", sha256);
            }
            return described;
        }
    }

    private List<CheckedEvidence> check(List<EvidenceItem> evidence) {
        if (evidence.size() > 20) {
            throw CoordinationRejected.invalid("a step takes at most 20 evidence items");
        }
        List<CheckedEvidence> checked = new ArrayList<>();
        for (EvidenceItem item : evidence) {
            if (item.content() == null) {
                String text = item.text() == null ? "" : item.text().strip();
                if (text.isEmpty() || text.length() > 10_000) {
                    throw CoordinationRejected.invalid("an evidence statement takes 1 to 10,000 characters");
                }
                checked.add(new CheckedEvidence(text, null, null, null, null));
                continue;
            }
            try {
                String type = EvidenceFiles.check(
                        item.filename() == null ? "" : item.filename(),
                        item.contentType() == null ? "" : item.contentType(),
                        item.content(),
                        properties.maxEvidenceBytes());
                checked.add(new CheckedEvidence(
                        item.text() == null || item.text().isBlank()
                                ? null
                                : item.text().strip(),
                        item.filename().strip(),
                        type,
                        item.content(),
                        sha256(item.content())));
            } catch (IllegalArgumentException e) {
                throw CoordinationRejected.invalid(e.getMessage());
            }
        }
        return checked;
    }

    @Override
    public Set<AssignmentStatus> moves(UUID assignmentId, Audience who) {
        Map<UUID, Committee> committees = committeeMap();
        AssignmentRow assignment = visibleAssignment(assignmentId, committees, who);
        DirectiveRow directive = store.directive(assignment.directiveId()).orElseThrow();
        Set<AssignmentStatus> moves = new java.util.TreeSet<>();
        if (memberOf(committees.get(assignment.committeeId()), who)) {
            moves.addAll(assigneeMoves(assignment));
        }
        if (memberOf(committees.get(directive.issuingCommitteeId()), who)) {
            moves.addAll(assignment.status().issuerMoves());
        }
        return moves;
    }

    @Override
    public Optional<EvidenceFile> evidenceFile(UUID evidenceId, Audience who) {
        Map<UUID, Committee> committees = committeeMap();
        return store.evidenceFile(evidenceId)
                .filter(file -> {
                    try {
                        visibleAssignment(file.assignmentId(), committees, who);
                        return true;
                    } catch (CoordinationRejected hidden) {
                        return false;
                    }
                })
                .map(file -> new EvidenceFile(file.filename(), file.contentType(), file.content()));
    }

    // --- escalation ---------------------------------------------------------------------------

    @Override
    public synchronized int escalate() {
        Map<UUID, Committee> committees = committeeMap();
        Instant now = clock.instant();
        LocalDate today = today();
        int made = 0;
        for (AssignmentRow assignment : store.openAssignments()) {
            Committee holder = committees.get(assignment.committeeId());
            if (holder == null || holder.parentId() == null) {
                continue;
            }
            List<Assignment.Escalation.Cause> causes = new ArrayList<>();
            if (assignment.acknowledgedAt() == null && now.isAfter(assignment.acknowledgeBy())) {
                causes.add(Assignment.Escalation.Cause.UNACKNOWLEDGED);
            }
            if (overdue(assignment.status(), assignment.dueDate(), today)) {
                causes.add(Assignment.Escalation.Cause.OVERDUE);
            }
            for (Assignment.Escalation.Cause cause : causes) {
                Boolean escalated;
                try {
                    escalated = transactions.execute(status -> {
                        // read again under the row lock: it may have been acknowledged or done meanwhile
                        store.lockAssignment(assignment.id());
                        AssignmentRow current =
                                store.assignment(assignment.id()).orElseThrow();
                        boolean stillDue = cause == Assignment.Escalation.Cause.OVERDUE
                                ? overdue(current.status(), current.dueDate(), today)
                                : current.acknowledgedAt() == null && now.isAfter(current.acknowledgeBy());
                        if (!stillDue || !store.escalate(assignment.id(), cause, holder.parentId(), now)) {
                            return false;
                        }
                        String title = store.directive(assignment.directiveId())
                                .map(DirectiveRow::title)
                                .orElse("?");
                        String text = holder.name()
                                + (cause == Assignment.Escalation.Cause.OVERDUE
                                        ? " is past the due date " + assignment.dueDate()
                                        : " has not acknowledged within "
                                                + properties.acknowledgeWithin().toHours() + " h")
                                + ": " + title;
                        store.notify(holder.parentId(), "ESCALATED", assignment.id(), text, now);
                        audit.record(new AuditRecord(
                                "system",
                                "assignment.escalate",
                                "assignment",
                                assignment.id().toString(),
                                null,
                                json(Map.of(
                                        "cause",
                                        cause.name(),
                                        "to_committee_id",
                                        holder.parentId().toString())),
                                null,
                                text));
                        return true;
                    });
                } catch (org.springframework.dao.DuplicateKeyException raced) {
                    // another round (the command line, another node) recorded it first
                    escalated = false;
                }
                if (Boolean.TRUE.equals(escalated)) {
                    made++;
                }
            }
        }
        return made;
    }

    // --- accountability -------------------------------------------------------------------------

    @Override
    public Compliance compliance(UUID committeeId, Audience who) {
        Map<UUID, Committee> committees = committeeMap();
        Committee top = visibleCommittee(committeeId, committees, who);
        List<Committee> subtree = new ArrayList<>();
        collect(top, committees, subtree);
        List<CoordinationStore.Held> held =
                store.heldBy(subtree.stream().map(Committee::id).toList());
        LocalDate today = today();
        List<Compliance.ByCommittee> byCommittee = new ArrayList<>();
        for (Committee committee : subtree) {
            List<CoordinationStore.Held> own = held.stream()
                    .filter(item -> item.assignment().committeeId().equals(committee.id()))
                    .toList();
            if (!own.isEmpty()) {
                byCommittee.add(new Compliance.ByCommittee(
                        committee.id(), committee.name(), committee.jurisdictionPcode(), counts(own, today)));
            }
        }
        List<Compliance.ByLine> byLine = new ArrayList<>();
        for (LineOfEffort line : LineOfEffort.values()) {
            List<CoordinationStore.Held> ofLine =
                    held.stream().filter(item -> item.lineOfEffort() == line).toList();
            if (!ofLine.isEmpty()) {
                byLine.add(new Compliance.ByLine(line, counts(ofLine, today)));
            }
        }
        List<Compliance.Overdue> oldest = held.stream()
                .filter(item ->
                        overdue(item.assignment().status(), item.assignment().dueDate(), today))
                .sorted(Comparator.comparing((CoordinationStore.Held item) ->
                                item.assignment().dueDate())
                        .thenComparing(item -> item.assignment().id()))
                .limit(10)
                .map(item -> new Compliance.Overdue(
                        item.assignment().id(),
                        item.assignment().directiveId(),
                        item.title(),
                        item.assignment().committeeId(),
                        item.assignment().dueDate(),
                        ChronoUnit.DAYS.between(item.assignment().dueDate(), today)))
                .toList();
        return new Compliance(top.id(), today, counts(held, today), byCommittee, byLine, oldest);
    }

    private static void collect(Committee committee, Map<UUID, Committee> committees, List<Committee> into) {
        into.add(committee);
        for (Committee child : committees.values()) {
            if (committee.id().equals(child.parentId())) {
                collect(child, committees, into);
            }
        }
    }

    private static Compliance.Counts counts(List<CoordinationStore.Held> held, LocalDate today) {
        List<Double> toAcknowledge = new ArrayList<>();
        List<Double> toComplete = new ArrayList<>();
        long acknowledged = 0;
        long completed = 0;
        long verified = 0;
        long blocked = 0;
        long overdue = 0;
        for (CoordinationStore.Held item : held) {
            AssignmentRow assignment = item.assignment();
            if (assignment.acknowledgedAt() != null) {
                acknowledged++;
                toAcknowledge.add(hours(assignment.issuedAt(), assignment.acknowledgedAt()));
            }
            if (assignment.completedAt() != null || assignment.status() == AssignmentStatus.VERIFIED) {
                completed++;
                if (assignment.completedAt() != null) {
                    toComplete.add(hours(assignment.issuedAt(), assignment.completedAt()));
                }
            }
            if (assignment.status() == AssignmentStatus.VERIFIED) {
                verified++;
            }
            if (assignment.status() == AssignmentStatus.BLOCKED) {
                blocked++;
            }
            if (overdue(assignment.status(), assignment.dueDate(), today)) {
                overdue++;
            }
        }
        return new Compliance.Counts(
                held.size(),
                acknowledged,
                completed,
                verified,
                blocked,
                overdue,
                median(toAcknowledge),
                median(toComplete));
    }

    private static double hours(Instant from, Instant to) {
        return Math.round(Duration.between(from, to).toSeconds() / 36.0) / 100.0;
    }

    private static @Nullable Double median(List<Double> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<Double> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    private static Committee visibleCommittee(UUID id, Map<UUID, Committee> committees, Audience who) {
        Committee committee = committees.get(id);
        if (committee == null) {
            throw CoordinationRejected.notFound("no committee with id " + id);
        }
        if (!sees(committee, who)) {
            throw CoordinationRejected.forbidden(committee.name() + " lies outside the jurisdiction "
                    + who.jurisdiction().code() + " of " + who.name());
        }
        return committee;
    }

    @Override
    public List<Notification> notifications(UUID committeeId, Audience who) {
        Committee committee = visibleCommittee(committeeId, committeeMap(), who);
        return store.notifications(committee.id(), 200);
    }

    // --- meetings -----------------------------------------------------------------------------

    @Override
    public Meeting recordMeeting(
            UUID committeeId, LocalDate heldOn, List<String> agenda, List<MeetingDecision> decisions, Audience who) {
        Map<UUID, Committee> committees = committeeMap();
        Committee committee = committees.get(committeeId);
        if (committee == null) {
            throw CoordinationRejected.notFound("no committee with id " + committeeId);
        }
        if (!memberOf(committee, who)) {
            throw CoordinationRejected.forbidden(who.name() + " is not a member of " + committee.name());
        }
        if (heldOn == null || heldOn.isAfter(today())) {
            throw CoordinationRejected.invalid("a meeting is recorded once held, not for " + heldOn);
        }
        List<String> items = agenda.stream()
                .map(String::strip)
                .filter(item -> !item.isEmpty())
                .toList();
        if (items.stream().anyMatch(item -> item.length() > 500 || item.contains("\n"))) {
            throw CoordinationRejected.invalid("an agenda item is one line of at most 500 characters");
        }
        // check every decision and directive before storing anything
        List<List<DirectiveRow>> rows = new ArrayList<>();
        List<List<List<Committee>>> assignees = new ArrayList<>();
        List<UUID> decisionIds = new ArrayList<>();
        for (MeetingDecision decision : decisions) {
            if (decision.text() == null
                    || decision.text().isBlank()
                    || decision.text().length() > 4000) {
                throw CoordinationRejected.invalid("a decision needs a text of 1 to 4,000 characters");
            }
            UUID decisionId = UUID.randomUUID();
            decisionIds.add(decisionId);
            List<DirectiveRow> decided = new ArrayList<>();
            List<List<Committee>> to = new ArrayList<>();
            for (NewDirective directive : decision.directives()) {
                if (!committeeId.equals(directive.issuingCommitteeId())) {
                    throw CoordinationRejected.invalid("a meeting's decisions issue directives of its own committee");
                }
                to.add(assignees(committee, directive.assigneeCommitteeIds(), directive.allSubordinates(), committees));
                decided.add(directiveRow(directive, null, decisionId, who));
            }
            rows.add(decided);
            assignees.add(to);
        }
        UUID meetingId = UUID.randomUUID();
        Instant now = clock.instant();
        transactions.executeWithoutResult(status -> {
            store.insertMeeting(meetingId, committeeId, heldOn, items, who.name(), now);
            for (int i = 0; i < decisions.size(); i++) {
                store.insertDecision(
                        decisionIds.get(i),
                        meetingId,
                        i + 1,
                        decisions.get(i).text().strip());
                for (int j = 0; j < rows.get(i).size(); j++) {
                    store(rows.get(i).get(j), assignees.get(i).get(j), who);
                }
            }
            audit.record(new AuditRecord(
                    who.name(),
                    "committee.meeting",
                    "meeting",
                    meetingId.toString(),
                    null,
                    json(Map.of(
                            "committee_id", committeeId.toString(),
                            "held_on", heldOn.toString(),
                            "decisions", decisions.size())),
                    null,
                    null));
        });
        return store.meetings(committeeId).stream()
                .filter(meeting -> meeting.id().equals(meetingId))
                .findFirst()
                .orElseThrow();
    }

    @Override
    public List<Meeting> meetings(UUID committeeId, Audience who) {
        Committee committee = visibleCommittee(committeeId, committeeMap(), who);
        return store.meetings(committee.id());
    }

    private static String json(Object value) {
        return JSON.writeValueAsString(value);
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
