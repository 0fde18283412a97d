package org.fusioncentre.coordination.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fusioncentre.MovableClock;
import org.fusioncentre.access.AuditLog;
import org.fusioncentre.access.AuditQuery;
import org.fusioncentre.access.Jurisdiction;
import org.fusioncentre.access.Role;
import org.fusioncentre.access.Tokens;
import org.fusioncentre.access.Users;
import org.fusioncentre.coordination.Committee;
import org.fusioncentre.coordination.Coordination;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A directive's whole life through the API, as the committees live it: the federal apex committee
 * directs two provinces, Balochistan cascades to three districts, the districts acknowledge, work,
 * complete with evidence or block, the province verifies, and progress rolls up; late assignments
 * escalate exactly once; illegal steps, strangers and bad input are refused with nothing changed.
 * Run on H2 and PostgreSQL.
 */
abstract class CoordinationApiContract {
    static final Path DATA = folder();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final byte[] PDF = "%PDF-1.7\n1 0 obj << >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @AfterAll
    static void remove() throws java.io.IOException {
        org.springframework.util.FileSystemUtils.deleteRecursively(DATA);
    }

    private static Path folder() {
        try {
            return Files.createTempDirectory("coordination-api");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    Users users;

    @Autowired
    Tokens tokens;

    @Autowired
    MovableClock clock;

    @Autowired
    Coordination coordination;

    @Autowired
    AuditLog audit;

    private final Map<String, String> tokenOf = new HashMap<>();

    private void member(String username, String jurisdiction) {
        users.add(
                username,
                Set.of(Role.COMMITTEE_MEMBER),
                Jurisdiction.parse(jurisdiction),
                null,
                "a password long enough".toCharArray());
        tokenOf.put(username, tokens.create(username, Duration.ofDays(200)).secret());
    }

    private void committeeMembers() {
        member("federal.secretary", "PK");
        member("balochistan.member", "PK2");
        member("kp.member", "PK5");
        member("quetta.member", "PK226");
        member("awaran.member", "PK201");
        member("barkhan.member", "PK202");
    }

    private static String committee(String pcode) {
        return Committee.idOf(pcode).toString();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneId.of("Asia/Karachi")));
    }

    private MockHttpServletResponse call(String username, HttpMethod method, String path, Object body)
            throws Exception {
        return mvc.perform(request(method, path)
                        .header("Authorization", "Bearer " + tokenOf.get(username))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body instanceof String text ? text : JSON.writeValueAsString(body)))
                .andReturn()
                .getResponse();
    }

    private JsonNode ok(MockHttpServletResponse response, int status) throws Exception {
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(status);
        return JSON.readTree(response.getContentAsString(StandardCharsets.UTF_8));
    }

    private JsonNode read(String username, String path) throws Exception {
        return ok(call(username, HttpMethod.GET, path, ""), 200);
    }

    /** The answer's text, for a request that should be refused with a reason. */
    private String refusal(String username, String path, Object body) throws Exception {
        MockHttpServletResponse response = call(username, HttpMethod.POST, path, body);
        assertThat(response.getStatus()).as(response.getContentAsString()).isGreaterThanOrEqualTo(400);
        return response.getContentAsString();
    }

    private JsonNode transition(String username, String assignment, String to, Object... evidence) throws Exception {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("to", to);
        body.put("note", "step to " + to);
        body.put("evidence", List.of(evidence));
        return ok(call(username, HttpMethod.POST, "/api/v1/assignments/" + assignment + "/transitions", body), 200);
    }

    private Map<String, Object> federalDirective(LocalDate due, List<String> assignees) {
        Map<String, Object> directive = new LinkedHashMap<>();
        directive.put("issuing_committee_id", committee("PK"));
        directive.put("title", "Secure the national highways against IED attacks");
        directive.put("description", "Map vulnerable culverts; joint patrols; report weekly.");
        directive.put("line_of_effort", "LAW_ENFORCEMENT");
        directive.put("theme", "TERRORISM");
        directive.put("priority", "HIGH");
        directive.put("due_date", due.toString());
        directive.put("assignee_committee_ids", assignees);
        return directive;
    }

    private static String assignmentOf(JsonNode directive, String committeeId) {
        for (JsonNode assignment : directive.get("assignments")) {
            if (assignment.get("committee_id").asString().equals(committeeId)) {
                return assignment.get("id").asString();
            }
        }
        throw new AssertionError("no assignment of " + committeeId + " in " + directive);
    }

    private static double progressOf(JsonNode directive, String committeeId) {
        for (JsonNode assignment : directive.get("assignments")) {
            if (assignment.get("committee_id").asString().equals(committeeId)) {
                return assignment.get("progress").asDouble();
            }
        }
        throw new AssertionError("no assignment of " + committeeId);
    }

    @Test
    void theCommitteeTreeHasAFederalProvincialAndDistrictCommittees() throws Exception {
        committeeMembers();
        JsonNode tree = read("quetta.member", "/api/v1/committees");

        List<JsonNode> committees = new ArrayList<>();
        tree.forEach(committees::add);
        assertThat(committees.getFirst().get("level").asString()).isEqualTo("FEDERAL");
        assertThat(committees.getFirst().get("jurisdiction_pcode").asString()).isEqualTo("PK");
        assertThat(committees.stream().filter(c -> c.get("level").asString().equals("PROVINCIAL")))
                .hasSize(7)
                .allSatisfy(c -> assertThat(c.get("parent_id").asString()).isEqualTo(committee("PK")));
        JsonNode quetta = committees.stream()
                .filter(c -> c.get("jurisdiction_pcode").asString().equals("PK226"))
                .findFirst()
                .orElseThrow();
        assertThat(quetta.get("level").asString()).isEqualTo("DISTRICT");
        assertThat(quetta.get("parent_id").asString()).isEqualTo(committee("PK2"));
        assertThat(committees.stream().filter(c -> c.get("level").asString().equals("DISTRICT")))
                .hasSizeGreaterThan(130);
        assertThat(coordination.syncCommittees())
                .as("a second sync adds nothing")
                .isZero();
    }

    @Test
    void aDirectiveCascadesIsCarriedOutVerifiedAndRollsUp() throws Exception {
        committeeMembers();
        JsonNode federal = ok(
                call(
                        "federal.secretary",
                        HttpMethod.POST,
                        "/api/v1/directives",
                        federalDirective(today().plusDays(30), List.of(committee("PK2"), committee("PK5")))),
                201);
        assertThat(federal.get("assignments")).hasSize(2);
        assertThat(federal.get("progress").asDouble()).isZero();
        String balochistan = assignmentOf(federal, committee("PK2"));

        transition("balochistan.member", balochistan, "ACKNOWLEDGED");
        Map<String, Object> cascade = new LinkedHashMap<>();
        cascade.put("assignee_committee_ids", List.of(committee("PK226"), committee("PK201"), committee("PK202")));
        cascade.put("instructions", "Each district: list culverts on N-25 and N-40 within its limits.");
        cascade.put("due_date", today().plusDays(20).toString());
        JsonNode child = ok(
                call("balochistan.member", HttpMethod.POST, "/api/v1/assignments/" + balochistan + "/cascade", cascade),
                201);
        assertThat(child.get("parent_assignment_id").asString()).isEqualTo(balochistan);
        assertThat(child.get("issuing_committee_id").asString()).isEqualTo(committee("PK2"));
        assertThat(child.get("assignments")).hasSize(3);
        String quetta = assignmentOf(child, committee("PK226"));
        String awaran = assignmentOf(child, committee("PK201"));
        String barkhan = assignmentOf(child, committee("PK202"));

        // a district acts on its own assignment only, and moves only along the workflow
        assertThat(call(
                                "quetta.member",
                                HttpMethod.POST,
                                "/api/v1/assignments/" + awaran + "/transitions",
                                Map.of("to", "ACKNOWLEDGED"))
                        .getStatus())
                .isIn(403, 404);
        assertThat(call(
                                "quetta.member",
                                HttpMethod.POST,
                                "/api/v1/assignments/" + quetta + "/transitions",
                                Map.of("to", "COMPLETED", "evidence", List.of(Map.of("text", "done"))))
                        .getContentAsString())
                .contains("cannot go from ISSUED to COMPLETED");

        transition("quetta.member", quetta, "ACKNOWLEDGED");
        transition("quetta.member", quetta, "IN_PROGRESS");
        MockHttpServletResponse noEvidence = call(
                "quetta.member",
                HttpMethod.POST,
                "/api/v1/assignments/" + quetta + "/transitions",
                Map.of("to", "COMPLETED"));
        assertThat(noEvidence.getStatus()).isEqualTo(422);
        assertThat(noEvidence.getContentAsString()).contains("needs evidence");
        JsonNode completed = transition(
                "quetta.member",
                quetta,
                "COMPLETED",
                Map.of("text", "14 culverts mapped; patrols on N-25 twice daily."),
                Map.of(
                        "filename", "culverts.pdf",
                        "content_type", "application/pdf",
                        "content_base64", Base64.getEncoder().encodeToString(PDF)));
        assertThat(completed.get("evidence")).hasSize(2);
        String evidenceFile = completed.get("evidence").get(1).get("id").asString();

        transition("awaran.member", awaran, "ACKNOWLEDGED");
        transition("awaran.member", awaran, "IN_PROGRESS");
        transition("awaran.member", awaran, "COMPLETED", Map.of("text", "Survey finished."));
        transition("barkhan.member", barkhan, "ACKNOWLEDGED");
        JsonNode blocked = transition("barkhan.member", barkhan, "BLOCKED");
        assertThat(blocked.get("blocked_from").asString()).isEqualTo("ACKNOWLEDGED");
        assertThat(refusal(
                        "barkhan.member",
                        "/api/v1/assignments/" + barkhan + "/transitions",
                        Map.of("to", "IN_PROGRESS")))
                .as("a blocked assignment goes back to where it was blocked")
                .contains("cannot go from BLOCKED to IN_PROGRESS");

        // only the issuing committee verifies
        assertThat(call(
                                "quetta.member",
                                HttpMethod.POST,
                                "/api/v1/assignments/" + quetta + "/transitions",
                                Map.of("to", "VERIFIED"))
                        .getStatus())
                .isEqualTo(403);
        transition("balochistan.member", quetta, "VERIFIED");
        transition("balochistan.member", awaran, "VERIFIED");

        // roll-up: districts 1.0, 1.0 and 0.1 (blocked when acknowledged) → the province 0.7; KP has
        // not acknowledged (0) → the federal directive 0.35
        JsonNode childNow = read(
                "balochistan.member", "/api/v1/directives/" + child.get("id").asString());
        assertThat(progressOf(childNow, committee("PK226"))).isEqualTo(1.0);
        assertThat(progressOf(childNow, committee("PK202"))).isEqualTo(0.1);
        assertThat(childNow.get("progress").asDouble()).isEqualTo(0.7);
        JsonNode federalNow = read(
                "federal.secretary", "/api/v1/directives/" + federal.get("id").asString());
        assertThat(progressOf(federalNow, committee("PK2"))).isEqualTo(0.7);
        assertThat(progressOf(federalNow, committee("PK5"))).isZero();
        assertThat(federalNow.get("progress").asDouble()).isEqualTo(0.35);

        // a district sees its own assignment, not the federal directive nor its neighbours'
        assertThat(call(
                                "quetta.member",
                                HttpMethod.GET,
                                "/api/v1/directives/" + federal.get("id").asString(),
                                "")
                        .getStatus())
                .isEqualTo(404);
        JsonNode quettaView =
                read("quetta.member", "/api/v1/directives/" + child.get("id").asString());
        assertThat(quettaView.get("assignments")).hasSize(1);
        assertThat(call("awaran.member", HttpMethod.GET, "/api/v1/evidence/" + evidenceFile, "")
                        .getStatus())
                .isEqualTo(404);
        MockHttpServletResponse file =
                call("balochistan.member", HttpMethod.GET, "/api/v1/evidence/" + evidenceFile, "");
        assertThat(file.getStatus()).isEqualTo(200);
        assertThat(file.getContentAsByteArray()).isEqualTo(PDF);
        assertThat(file.getHeader("Content-Disposition")).startsWith("attachment");

        // compliance of the province: its assignment and its three districts'
        JsonNode compliance = read("balochistan.member", "/api/v1/committees/" + committee("PK2") + "/compliance");
        assertThat(compliance.get("total").get("issued").asLong()).isEqualTo(4);
        assertThat(compliance.get("total").get("acknowledged").asLong()).isEqualTo(4);
        assertThat(compliance.get("total").get("verified").asLong()).isEqualTo(2);
        assertThat(compliance.get("total").get("blocked").asLong()).isEqualTo(1);
        assertThat(compliance
                        .get("by_line_of_effort")
                        .get(0)
                        .get("line_of_effort")
                        .asString())
                .isEqualTo("LAW_ENFORCEMENT");
        assertThat(call("quetta.member", HttpMethod.GET, "/api/v1/committees/" + committee("PK2") + "/compliance", "")
                        .getStatus())
                .isEqualTo(403);

        // filters
        JsonNode blockedList = read("balochistan.member", "/api/v1/directives?status=BLOCKED");
        assertThat(blockedList).hasSize(1);
        assertThat(audit.entries(new AuditQuery(null, "assignment.", null, null, null, null, null, 100, false)))
                .as("one entry per step: Balochistan 1, Quetta 3, Awaran 3, Barkhan 2, verifications 2")
                .hasSize(11);
        assertThat(audit.verify().intact()).isTrue();
    }

    @Test
    void lateAssignmentsEscalateToTheCommitteeAboveExactlyOnce() throws Exception {
        committeeMembers();
        JsonNode federal = ok(
                call(
                        "federal.secretary",
                        HttpMethod.POST,
                        "/api/v1/directives",
                        federalDirective(today().plusDays(5), List.of(committee("PK2"), committee("PK5")))),
                201);
        transition("balochistan.member", assignmentOf(federal, committee("PK2")), "ACKNOWLEDGED");

        assertThat(coordination.escalate()).isZero();
        clock.advance(Duration.ofHours(49));
        assertThat(coordination.escalate())
                .as("KP did not acknowledge within 48 h")
                .isEqualTo(1);
        assertThat(coordination.escalate()).isZero();
        clock.advance(Duration.ofDays(5));
        assertThat(coordination.escalate()).as("both are past the due date").isEqualTo(2);
        assertThat(coordination.escalate()).isZero();

        JsonNode kp = read(
                "federal.secretary", "/api/v1/directives/" + federal.get("id").asString());
        for (JsonNode assignment : kp.get("assignments")) {
            assertThat(assignment.get("overdue").asBoolean()).isTrue();
            assertThat(assignment.get("escalations"))
                    .allSatisfy(escalation -> assertThat(
                                    escalation.get("to_committee_id").asString())
                            .isEqualTo(committee("PK")));
        }
        JsonNode notices = read("federal.secretary", "/api/v1/committees/" + committee("PK") + "/notifications");
        assertThat(notices)
                .hasSize(3)
                .allSatisfy(notice -> assertThat(notice.get("kind").asString()).isEqualTo("ESCALATED"));
        JsonNode overdue = read("federal.secretary", "/api/v1/directives?overdue=true");
        assertThat(overdue).hasSize(1);
        JsonNode compliance = read("federal.secretary", "/api/v1/committees/" + committee("PK") + "/compliance");
        assertThat(compliance.get("total").get("overdue").asLong()).isEqualTo(2);
        assertThat(compliance.get("oldest_overdue")).hasSize(2);
    }

    @Test
    void badInputIsRefusedWithAReasonAndChangesNothing() throws Exception {
        committeeMembers();
        long before = audit.entries(new AuditQuery(null, "directive.", null, null, null, null, null, 100, false))
                .size();

        assertThat(call(
                                "federal.secretary",
                                HttpMethod.POST,
                                "/api/v1/directives",
                                federalDirective(today().minusDays(1), List.of(committee("PK2"))))
                        .getContentAsString())
                .contains("in the past");
        assertThat(call(
                                "federal.secretary",
                                HttpMethod.POST,
                                "/api/v1/directives",
                                federalDirective(today().plusDays(3), List.of()))
                        .getContentAsString())
                .contains("at least one assignee");
        assertThat(call(
                                "federal.secretary",
                                HttpMethod.POST,
                                "/api/v1/directives",
                                federalDirective(today().plusDays(3), List.of(committee("PK226"))))
                        .getContentAsString())
                .contains("directly below");
        assertThat(call(
                                "quetta.member",
                                HttpMethod.POST,
                                "/api/v1/directives",
                                federalDirective(today().plusDays(3), List.of(committee("PK2"))))
                        .getStatus())
                .as("a district member is no member of the federal committee")
                .isEqualTo(403);
        Map<String, Object> badLine = federalDirective(today().plusDays(3), List.of(committee("PK2")));
        badLine.put("line_of_effort", "ECONOMIC_WARFARE");
        assertThat(call("federal.secretary", HttpMethod.POST, "/api/v1/directives", badLine)
                        .getStatus())
                .isEqualTo(400);
        assertThat(audit.entries(new AuditQuery(null, "directive.", null, null, null, null, null, 100, false)))
                .hasSize((int) before);

        JsonNode federal = ok(
                call(
                        "federal.secretary",
                        HttpMethod.POST,
                        "/api/v1/directives",
                        federalDirective(today().plusDays(10), List.of(committee("PK2")))),
                201);
        String assignment = assignmentOf(federal, committee("PK2"));
        Map<String, Object> late = Map.of(
                "assignee_committee_ids",
                List.of(committee("PK226")),
                "due_date",
                today().plusDays(11).toString());
        assertThat(refusal("balochistan.member", "/api/v1/assignments/" + assignment + "/cascade", late))
                .contains("no later than");
        Map<String, Object> sideways = Map.of(
                "assignee_committee_ids",
                List.of(committee("PK528")),
                "due_date",
                today().plusDays(5).toString());
        assertThat(refusal("balochistan.member", "/api/v1/assignments/" + assignment + "/cascade", sideways))
                .contains("directly below");
        Map<String, Object> once = Map.of(
                "assignee_committee_ids",
                List.of(committee("PK226")),
                "due_date",
                today().plusDays(5).toString());
        ok(call("balochistan.member", HttpMethod.POST, "/api/v1/assignments/" + assignment + "/cascade", once), 201);
        assertThat(refusal("balochistan.member", "/api/v1/assignments/" + assignment + "/cascade", once))
                .contains("already cascaded");

        transition("balochistan.member", assignment, "ACKNOWLEDGED");
        transition("balochistan.member", assignment, "IN_PROGRESS");
        byte[] large = new byte[5000];
        System.arraycopy(PDF, 0, large, 0, PDF.length);
        Map<String, Object> tooLarge = Map.of(
                "to",
                "COMPLETED",
                "evidence",
                List.of(Map.of(
                        "filename", "big.pdf",
                        "content_type", "application/pdf",
                        "content_base64", Base64.getEncoder().encodeToString(large))));
        assertThat(refusal("balochistan.member", "/api/v1/assignments/" + assignment + "/transitions", tooLarge))
                .contains("the limit is 4,096");
        Map<String, Object> executable = Map.of(
                "to",
                "COMPLETED",
                "evidence",
                List.of(Map.of(
                        "filename", "report.pdf",
                        "content_type", "application/pdf",
                        "content_base64",
                                Base64.getEncoder()
                                        .encodeToString("MZ\u0090\u0000".getBytes(StandardCharsets.ISO_8859_1)))));
        assertThat(refusal("balochistan.member", "/api/v1/assignments/" + assignment + "/transitions", executable))
                .contains("is not a PDF");
        Map<String, Object> script = Map.of(
                "to",
                "COMPLETED",
                "evidence",
                List.of(Map.of(
                        "filename", "x.html",
                        "content_type", "text/html",
                        "content_base64",
                                Base64.getEncoder().encodeToString("<script>".getBytes(StandardCharsets.US_ASCII)))));
        assertThat(refusal("balochistan.member", "/api/v1/assignments/" + assignment + "/transitions", script))
                .contains("is not accepted");
        JsonNode still = read(
                "balochistan.member", "/api/v1/directives/" + federal.get("id").asString());
        assertThat(still.get("assignments").get(0).get("status").asString()).isEqualTo("IN_PROGRESS");
        assertThat(still.get("assignments").get(0).get("evidence")).isEmpty();
    }

    @Test
    void aMeetingRecordsItsDecisionsAndTheDirectivesTheyIssue() throws Exception {
        committeeMembers();
        Map<String, Object> directive = federalDirective(today().plusDays(14), List.of());
        directive.remove("issuing_committee_id");
        directive.put("all_subordinates", true);
        Map<String, Object> meeting = Map.of(
                "held_on", today().toString(),
                "agenda", List.of("Security of the national highways", "Review of last month's directives"),
                "decisions",
                        List.of(Map.of(
                                "text", "All provinces secure their highways.", "directives", List.of(directive))));

        JsonNode recorded = ok(
                call(
                        "federal.secretary",
                        HttpMethod.POST,
                        "/api/v1/committees/" + committee("PK") + "/meetings",
                        meeting),
                201);

        assertThat(recorded.get("agenda")).hasSize(2);
        JsonNode decision = recorded.get("decisions").get(0);
        assertThat(decision.get("directive_ids")).hasSize(1);
        JsonNode issued = read(
                "federal.secretary",
                "/api/v1/directives/" + decision.get("directive_ids").get(0).asString());
        assertThat(issued.get("decision_id").asString())
                .isEqualTo(decision.get("id").asString());
        assertThat(issued.get("assignments")).hasSize(7);
        assertThat(read("federal.secretary", "/api/v1/committees/" + committee("PK") + "/meetings"))
                .hasSize(1);
    }
}
