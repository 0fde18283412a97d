package org.fusioncentre.coordination.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.fusioncentre.access.Audience;
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
import org.fusioncentre.coordination.Priority;
import org.fusioncentre.coordination.Theme;
import org.fusioncentre.platform.Problems;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
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
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Committees, directives, assignments and their evidence over HTTP; the module applies access. */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
class CoordinationController {
    private final Coordination coordination;

    CoordinationController(Coordination coordination) {
        this.coordination = coordination;
    }

    // --- committees -------------------------------------------------------------------------

    /** The committee tree: federal, then provincial, then district committees, each naming its parent. */
    @GetMapping("/committees")
    List<Committee> committees() {
        return coordination.committees();
    }

    @GetMapping("/committees/{id}")
    Committee committee(@PathVariable String id) {
        UUID committee = id(id, "committee");
        return coordination
                .committee(committee)
                .orElseThrow(() -> CoordinationRejected.notFound("no committee with id " + id));
    }

    @GetMapping("/committees/{id}/members")
    List<Member> members(@PathVariable String id, Audience audience) {
        return coordination.members(id(id, "committee"), audience);
    }

    record MemberRequest(
            @Nullable String username, @Nullable String role) {}

    @PostMapping(path = "/committees/{id}/members", consumes = MediaType.APPLICATION_JSON_VALUE)
    Member addMember(@PathVariable String id, @RequestBody MemberRequest request, Audience audience) {
        if (request.username() == null) {
            throw CoordinationRejected.invalid("name the 'username' to add");
        }
        CommitteeRole role = request.role() == null ? CommitteeRole.MEMBER : CommitteeRole.parse(request.role());
        return coordination.addMember(id(id, "committee"), request.username(), role, audience);
    }

    /** Counts, medians and the oldest overdue assignments of the committee and those below it. */
    @GetMapping("/committees/{id}/compliance")
    Compliance compliance(@PathVariable String id, Audience audience) {
        return coordination.compliance(id(id, "committee"), audience);
    }

    @GetMapping("/committees/{id}/notifications")
    List<Notification> notifications(@PathVariable String id, Audience audience) {
        return coordination.notifications(id(id, "committee"), audience);
    }

    record MeetingRequest(
            @Nullable LocalDate heldOn,
            @Nullable List<String> agenda,
            @Nullable List<DecisionRequest> decisions) {}

    record DecisionRequest(@Nullable String text, @Nullable List<DirectiveRequest> directives) {}

    @GetMapping("/committees/{id}/meetings")
    List<Meeting> meetings(@PathVariable String id, Audience audience) {
        return coordination.meetings(id(id, "committee"), audience);
    }

    /** Records a meeting; each decision may issue directives of this committee (the decision register). */
    @PostMapping(path = "/committees/{id}/meetings", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    Meeting recordMeeting(@PathVariable String id, @RequestBody MeetingRequest request, Audience audience) {
        UUID committee = id(id, "committee");
        List<Coordination.MeetingDecision> decisions = new ArrayList<>();
        for (DecisionRequest decision :
                request.decisions() == null ? List.<DecisionRequest>of() : request.decisions()) {
            List<NewDirective> directives = new ArrayList<>();
            for (DirectiveRequest directive :
                    decision.directives() == null ? List.<DirectiveRequest>of() : decision.directives()) {
                directives.add(directive.withIssuer(committee).toNew());
            }
            decisions.add(new Coordination.MeetingDecision(decision.text() == null ? "" : decision.text(), directives));
        }
        if (request.heldOn() == null) {
            throw CoordinationRejected.invalid("a meeting needs 'held_on'");
        }
        return coordination.recordMeeting(
                committee,
                request.heldOn(),
                request.agenda() == null ? List.of() : request.agenda(),
                decisions,
                audience);
    }

    // --- directives ---------------------------------------------------------------------------

    record DirectiveRequest(
            @Nullable String issuingCommitteeId,
            @Nullable String title,
            @Nullable String description,
            @Nullable String lineOfEffort,
            @Nullable String theme,
            @Nullable String priority,
            @Nullable LocalDate dueDate,
            @Nullable List<String> assigneeCommitteeIds,
            @Nullable Boolean allSubordinates,
            @Nullable List<String> incidentIds,
            @Nullable List<String> assessmentUnits) {
        DirectiveRequest withIssuer(UUID committee) {
            return new DirectiveRequest(
                    committee.toString(),
                    title,
                    description,
                    lineOfEffort,
                    theme,
                    priority,
                    dueDate,
                    assigneeCommitteeIds,
                    allSubordinates,
                    incidentIds,
                    assessmentUnits);
        }

        NewDirective toNew() {
            if (issuingCommitteeId == null || dueDate == null) {
                throw CoordinationRejected.invalid("a directive needs 'issuing_committee_id' and 'due_date'");
            }
            return new NewDirective(
                    id(issuingCommitteeId, "committee"),
                    title == null ? "" : title,
                    description,
                    value(LineOfEffort.class, lineOfEffort, "line_of_effort"),
                    value(Theme.class, theme, "theme"),
                    priority == null ? Priority.MEDIUM : value(Priority.class, priority, "priority"),
                    dueDate,
                    ids(assigneeCommitteeIds),
                    Boolean.TRUE.equals(allSubordinates),
                    incidentIds == null ? List.of() : incidentIds,
                    assessmentUnits == null ? List.of() : assessmentUnits);
        }
    }

    @PostMapping(path = "/directives", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    Directive issue(@RequestBody DirectiveRequest request, Audience audience) {
        return coordination.issue(request.toNew(), audience);
    }

    @GetMapping("/directives/{id}")
    Directive directive(@PathVariable String id, Audience audience) {
        return coordination
                .directive(id(id, "directive"), audience)
                .orElseThrow(() -> CoordinationRejected.notFound("no directive with id " + id));
    }

    /** Directives the account may see, newest first, filtered by an assignee committee, a status, or overdue. */
    @GetMapping("/directives")
    List<Directive> directives(
            @RequestParam(name = "committee_id", required = false) @Nullable String committeeId,
            @RequestParam(required = false) @Nullable String status,
            @RequestParam(defaultValue = "false") boolean overdue,
            Audience audience) {
        return coordination.directives(
                committeeId == null ? null : id(committeeId, "committee"),
                status == null ? null : value(AssignmentStatus.class, status, "status"),
                overdue,
                audience);
    }

    // --- assignments --------------------------------------------------------------------------

    record CascadeRequest(
            @Nullable List<String> assigneeCommitteeIds,
            @Nullable String instructions,
            @Nullable LocalDate dueDate) {}

    /** Cascades an assignment to committees below its own (all of them when none is named). */
    @PostMapping(path = "/assignments/{id}/cascade", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    Directive cascade(@PathVariable String id, @RequestBody CascadeRequest request, Audience audience) {
        if (request.dueDate() == null) {
            throw CoordinationRejected.invalid("a cascade needs a 'due_date'");
        }
        return coordination.cascade(
                id(id, "assignment"),
                ids(request.assigneeCommitteeIds()),
                request.instructions(),
                request.dueDate(),
                audience);
    }

    /**
     * One piece of evidence: a statement ({@code text}), or a file ({@code filename},
     * {@code content_type}, {@code content_base64}) with an optional caption.
     */
    record EvidenceRequest(
            @Nullable String text,
            @Nullable String filename,
            @Nullable String contentType,
            @Nullable String contentBase64) {
        EvidenceItem toItem() {
            if (contentBase64 == null) {
                return new EvidenceItem(text, null, null, null);
            }
            byte[] content;
            try {
                content = Base64.getMimeDecoder().decode(contentBase64.getBytes(StandardCharsets.US_ASCII));
            } catch (IllegalArgumentException e) {
                throw CoordinationRejected.invalid("'content_base64' of '" + filename + "' is not Base64");
            }
            return new EvidenceItem(text, filename, contentType, content);
        }
    }

    record TransitionRequest(
            @Nullable String to,
            @Nullable String note,
            @Nullable List<EvidenceRequest> evidence) {}

    @PostMapping(path = "/assignments/{id}/transitions", consumes = MediaType.APPLICATION_JSON_VALUE)
    Assignment transition(@PathVariable String id, @RequestBody TransitionRequest request, Audience audience) {
        if (request.to() == null) {
            throw CoordinationRejected.invalid("name the status to move to in 'to'");
        }
        List<EvidenceItem> evidence = request.evidence() == null
                ? List.of()
                : request.evidence().stream().map(EvidenceRequest::toItem).toList();
        return coordination.transition(
                id(id, "assignment"),
                value(AssignmentStatus.class, request.to(), "to"),
                request.note(),
                evidence,
                audience);
    }

    /** An evidence file, as an attachment that browsers do not render in place. */
    @GetMapping(path = "/evidence/{id}", produces = MediaType.ALL_VALUE)
    ResponseEntity<byte[]> evidence(@PathVariable String id, Audience audience) {
        Coordination.EvidenceFile file = coordination
                .evidenceFile(id(id, "evidence"), audience)
                .orElseThrow(() -> CoordinationRejected.notFound("no evidence file with id " + id));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.contentType()))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(file.filename(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(file.content());
    }

    // --- errors -------------------------------------------------------------------------------

    @ExceptionHandler
    ProblemDetail rejected(CoordinationRejected e) {
        return switch (e.kind()) {
            case NOT_FOUND -> Problems.of(HttpStatus.NOT_FOUND, "not-found", "Not found", e.getMessage());
            case FORBIDDEN -> Problems.of(HttpStatus.FORBIDDEN, "not-allowed", "Not allowed", e.getMessage());
            case INVALID ->
                Problems.of(
                        HttpStatus.UNPROCESSABLE_CONTENT, "coordination-rejected", "Request rejected", e.getMessage());
        };
    }

    @ExceptionHandler
    ProblemDetail badValue(IllegalArgumentException e) {
        return Problems.of(HttpStatus.BAD_REQUEST, "bad-request", "Bad request", e.getMessage());
    }

    private static UUID id(String text, String what) {
        try {
            return UUID.fromString(text.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + text + "' is not a " + what + " id");
        }
    }

    private static List<UUID> ids(@Nullable List<String> texts) {
        return texts == null
                ? List.of()
                : texts.stream().map(text -> id(text, "committee")).toList();
    }

    private static <E extends Enum<E>> E value(Class<E> type, @Nullable String text, String field) {
        if (text == null || text.isBlank()) {
            throw CoordinationRejected.invalid("'" + field + "' is required");
        }
        try {
            return Enum.valueOf(
                    type,
                    text.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_'));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown " + field + " '" + text + "' (one of "
                    + String.join(
                            ", ",
                            java.util.Arrays.stream(type.getEnumConstants())
                                    .map(Enum::name)
                                    .toList()) + ")");
        }
    }
}
