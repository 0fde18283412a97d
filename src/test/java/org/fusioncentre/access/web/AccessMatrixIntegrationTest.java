package org.fusioncentre.access.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.fusioncentre.TestDatabases;
import org.fusioncentre.access.Audience;
import org.fusioncentre.access.AuditQuery;
import org.fusioncentre.access.Jurisdiction;
import org.fusioncentre.access.Marking;
import org.fusioncentre.access.Role;
import org.fusioncentre.access.Tokens;
import org.fusioncentre.access.Users;
import org.fusioncentre.extraction.Extraction;
import org.fusioncentre.fusion.Fusion;
import org.fusioncentre.fusion.Incident;
import org.fusioncentre.fusion.IncidentQuery;
import org.fusioncentre.intake.IngestOutcome;
import org.fusioncentre.intake.Intake;
import org.fusioncentre.intake.Reliability;
import org.fusioncentre.intake.Source;
import org.fusioncentre.intake.SourceId;
import org.fusioncentre.intake.SourceKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The marking table of DESIGN §7, walked over every endpoint of the OpenAPI document: six reports
 * of every marking about Quetta and Peshawar, five accounts of different jurisdictions,
 * organisations and roles. No answer to an account carries anything of a report it may not see
 * (its external id, its words, its id, or an incident fused from it alone), and no change to such
 * a record is accepted. Endpoints added later are walked too.
 */
@SpringBootTest(
        properties = {
            "fusion.pipeline.live=false",
            "fusion.pipeline.catch-up-on-start=false",
            "fusion.assessment.refresh=false"
        })
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessMatrixIntegrationTest {
    private static final ZoneId PAKISTAN = ZoneId.of("Asia/Karachi");
    private static final String PASSWORD = "a password long enough";

    /** Made here, not by @TempDir: the class-wide context is built before JUnit fills static fields. */
    private static final Path dataDir = temporaryFolder();

    private static Path temporaryFolder() {
        try {
            return java.nio.file.Files.createTempDirectory("access-matrix");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @org.junit.jupiter.api.AfterAll
    static void removeStore() throws java.io.IOException {
        org.springframework.util.FileSystemUtils.deleteRecursively(dataDir);
    }

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        TestDatabases.h2(registry, dataDir.resolve("store"));
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    Users users;

    @Autowired
    Tokens tokens;

    @Autowired
    Intake intake;

    @Autowired
    Extraction extraction;

    @Autowired
    Fusion fusion;

    @Autowired
    org.fusioncentre.access.AuditLog audit;

    /** One report each; its external id is a word found nowhere else, so any leak of it shows. */
    enum Secret {
        GREEN_QUETTA("zulu-green-quetta", "Daily Courier", "GREEN", List.of(), "PK226", 0),
        AMBER_QUETTA("zulu-amber-quetta", "CTD Balochistan desk", "AMBER", List.of(), "PK226", 0),
        STRICT_QUETTA("zulu-strict-quetta", "CTD Balochistan desk", "AMBER+STRICT", List.of(), "PK226", 1),
        RED_QUETTA("zulu-red-quetta", "Daily Courier", "RED", List.of("quetta.member"), "PK226", 2),
        AMBER_PESHAWAR("zulu-amber-peshawar", "CTD Khyber Pakhtunkhwa desk", "AMBER", List.of(), "PK528", 3),
        CLEAR_PESHAWAR("zulu-clear-peshawar", "Daily Courier", "CLEAR", List.of(), "PK528", 4);

        final String marker;
        final String source;
        final String marking;
        final List<String> recipients;
        final String district;
        /** Reports with the same incident number describe one attack. */
        final int incident;

        Secret(String marker, String source, String marking, List<String> recipients, String district, int incident) {
            this.marker = marker;
            this.source = source;
            this.marking = marking;
            this.recipients = recipients;
            this.district = district;
            this.incident = incident;
        }
    }

    /** What each account may see, by the table; the test checks the product against this. */
    private static final Map<String, Set<Secret>> VISIBLE = Map.of(
            "national.analyst",
            EnumSet.of(
                    Secret.GREEN_QUETTA,
                    Secret.AMBER_QUETTA,
                    Secret.STRICT_QUETTA,
                    Secret.AMBER_PESHAWAR,
                    Secret.CLEAR_PESHAWAR),
            "national.viewer",
            EnumSet.of(Secret.GREEN_QUETTA, Secret.AMBER_QUETTA, Secret.AMBER_PESHAWAR, Secret.CLEAR_PESHAWAR),
            "balochistan.analyst",
            EnumSet.of(Secret.GREEN_QUETTA, Secret.AMBER_QUETTA, Secret.STRICT_QUETTA, Secret.CLEAR_PESHAWAR),
            "quetta.member",
            EnumSet.of(Secret.GREEN_QUETTA, Secret.AMBER_QUETTA, Secret.RED_QUETTA, Secret.CLEAR_PESHAWAR),
            "kp.viewer",
            EnumSet.of(Secret.GREEN_QUETTA, Secret.AMBER_PESHAWAR, Secret.CLEAR_PESHAWAR));

    private final Map<String, String> tokenOf = new HashMap<>();
    private final Map<Secret, String> reportId = new HashMap<>();
    private final Map<Secret, String> incidentId = new HashMap<>();
    private final JsonMapper json = JsonMapper.builder().build();

    @BeforeAll
    void load() throws Exception {
        intake.saveSource(source("Daily Courier", SourceKind.NEWS, Marking.GREEN, null));
        intake.saveSource(source("CTD Balochistan desk", SourceKind.CTD, Marking.AMBER, "CTD Balochistan"));
        intake.saveSource(
                source("CTD Khyber Pakhtunkhwa desk", SourceKind.CTD, Marking.AMBER, "CTD Khyber Pakhtunkhwa"));
        LocalDate today = LocalDate.now(PAKISTAN);
        StringBuilder lines = new StringBuilder();
        for (Secret secret : Secret.values()) {
            lines.append(json.writeValueAsString(report(secret, today))).append('\n');
        }
        List<IngestOutcome> outcomes = new ArrayList<>();
        intake.submitJson(lines.toString().getBytes(StandardCharsets.UTF_8), "test", outcomes::add);
        for (int i = 0; i < outcomes.size(); i++) {
            assertThat(outcomes.get(i).status())
                    .as(outcomes.get(i).toString())
                    .isEqualTo(IngestOutcome.Status.ACCEPTED);
            reportId.put(Secret.values()[i], outcomes.get(i).reportId().toString());
        }
        extraction.extractPending(done -> {});
        fusion.fusePending(done -> {});
        for (Incident incident : fusion.incidents(IncidentQuery.all(null, 100), Audience.operator("test"))
                .items()) {
            for (Incident.Member member : incident.members()) {
                for (Secret secret : Secret.values()) {
                    if (secret.marker.equals(member.externalId())) {
                        incidentId.put(secret, incident.id().toString());
                    }
                }
            }
        }
        assertThat(incidentId).as("every report is fused into an incident").hasSize(Secret.values().length);
        assertThat(incidentId.get(Secret.AMBER_QUETTA))
                .as("the GREEN and AMBER reports of the Quetta attack are one incident")
                .isEqualTo(incidentId.get(Secret.GREEN_QUETTA));

        // an analyst's decision whose reason speaks of the AMBER report: readers who may not see
        // that report get the decision without its reason
        fusion.confirm(
                org.fusioncentre.fusion.IncidentId.parse(incidentId.get(Secret.GREEN_QUETTA)),
                Audience.operator("analyst.on.duty"),
                "figures checked against " + Secret.AMBER_QUETTA.marker);

        account("national.analyst", Role.ANALYST, "PK", null);
        account("national.viewer", Role.VIEWER, "PK", null);
        account("balochistan.analyst", Role.ANALYST, "PK2", "CTD Balochistan");
        account("quetta.member", Role.COMMITTEE_MEMBER, "PK226", null);
        account("kp.viewer", Role.VIEWER, "PK5", null);
    }

    private static Source source(String name, SourceKind kind, Marking marking, String organisation) {
        return new Source(SourceId.forName(name), name, kind, Reliability.B, marking, null, organisation);
    }

    private void account(String username, Role role, String jurisdiction, String organisation) {
        users.add(username, Set.of(role), Jurisdiction.parse(jurisdiction), organisation, PASSWORD.toCharArray());
        tokenOf.put(username, tokens.create(username, Duration.ofDays(1)).secret());
    }

    /** A report in the words of the press: the attack's day and place, and a toll of its own. */
    private static Map<String, Object> report(Secret secret, LocalDate today) {
        LocalDate day = today.minusDays(2 + secret.incident * 3L);
        String date = day.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH));
        String city = secret.district.equals("PK226") ? "Quetta" : "Peshawar";
        String killed = secret == Secret.AMBER_QUETTA ? "Five" : "Three";
        String attack = switch (secret.incident) {
            case 0 -> "were killed when a bomb planted on a motorcycle exploded near a police checkpost";
            case 1 -> "were killed when gunmen opened fire on a passenger van";
            case 2 -> "were killed when a grenade was hurled at a shop";
            case 3 -> "were killed when a suicide bomber blew himself up outside a mosque";
            default -> "were killed when militants attacked a police station";
        };
        Map<String, Object> report = new java.util.LinkedHashMap<>();
        report.put("source", secret.source);
        report.put("external_id", secret.marker);
        report.put("published_at", day + "T18:00:00+05:00");
        report.put("title", city + " attack (" + secret.marker + ")");
        report.put(
                "body",
                city.toUpperCase(Locale.ROOT) + ": " + killed + " people " + attack + " in " + city + " on " + date
                        + ", officials said. Reference " + secret.marker + ".");
        report.put("marking", secret.marking);
        if (!secret.recipients.isEmpty()) {
            report.put("recipients", secret.recipients);
        }
        return report;
    }

    /** Everything that would show a hidden report: its words, its id, and an incident only it is in. */
    private Set<String> forbiddenFor(String username) {
        Set<Secret> visible = VISIBLE.get(username);
        Set<String> forbidden = new LinkedHashSet<>();
        for (Secret secret : Secret.values()) {
            if (!visible.contains(secret)) {
                forbidden.add(secret.marker);
                forbidden.add(reportId.get(secret));
                boolean sharedWithVisible =
                        visible.stream().anyMatch(other -> incidentId.get(other).equals(incidentId.get(secret)));
                if (!sharedWithVisible) {
                    forbidden.add(incidentId.get(secret));
                }
            }
        }
        return forbidden;
    }

    /** Values to put in an endpoint's path: every record id and the units concerned. */
    private List<String> pathValues() {
        List<String> values = new ArrayList<>(reportId.values());
        values.addAll(new LinkedHashSet<>(incidentId.values()));
        values.addAll(List.of("PK226", "PK528", "PK2", "PK5"));
        return values;
    }

    private JsonNode openApiPaths() throws Exception {
        String document =
                mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString();
        return json.readTree(document).get("paths");
    }

    private MockHttpServletResponse call(String username, HttpMethod method, String path, String body)
            throws Exception {
        return mvc.perform(request(method, path)
                        .header("Authorization", "Bearer " + tokenOf.get(username))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andReturn()
                .getResponse();
    }

    private List<String> pathValues(String template) {
        return template.contains("{") ? pathValues() : List.of("");
    }

    /**
     * The answer's text, less the value the caller put in the path when the answer is a refusal:
     * "no report with id X" tells the caller nothing it did not send.
     */
    private static String withoutEcho(MockHttpServletResponse response, String value) throws Exception {
        String body = response.getContentAsString(StandardCharsets.UTF_8);
        return response.getStatus() >= 400 && !value.isEmpty() ? body.replace(value, "") : body;
    }

    @Test
    void noReadOfAnyEndpointShowsWhatTheAccountMayNotSee() throws Exception {
        JsonNode paths = openApiPaths();
        int reads = 0;
        for (String username : VISIBLE.keySet()) {
            Set<String> forbidden = forbiddenFor(username);
            for (String template : paths.propertyNames()) {
                if (!paths.get(template).has("get")) {
                    continue;
                }
                for (String value : pathValues(template)) {
                    String path = template.replaceAll("\\{[^}]*}", value);
                    MockHttpServletResponse response = call(username, HttpMethod.GET, path, "");
                    String body = withoutEcho(response, value);
                    for (String secret : forbidden) {
                        assertThat(body)
                                .as("GET %s as %s (status %d) shows %s", path, username, response.getStatus(), secret)
                                .doesNotContain(secret);
                    }
                    reads++;
                }
            }
        }
        assertThat(reads).isGreaterThan(200);
    }

    /** The UI's pages and the JSON the browser draws from read through the same rules. */
    @Test
    void noPageOfTheUiShowsWhatTheAccountMayNotSee() throws Exception {
        List<String> pages = List.of(
                "/",
                "/ui/map",
                "/ui/trend?days=90",
                "/incidents?from=2000-01-01",
                "/incidents/{id}",
                "/reports",
                "/reports/{id}",
                "/review",
                "/assessments",
                "/assessments/{unit}",
                "/ui/history/{unit}",
                "/coordination",
                "/coordination/directives/{id}");
        int reads = 0;
        for (String username : VISIBLE.keySet()) {
            Set<String> forbidden = forbiddenFor(username);
            for (String template : pages) {
                for (String value : pathValues(template)) {
                    MockHttpServletResponse response =
                            call(username, HttpMethod.GET, template.replaceAll("\\{[^}]*}", value), "");
                    String body = withoutEcho(response, value);
                    for (String secret : forbidden) {
                        assertThat(body)
                                .as("%s as %s (status %d) shows %s", template, username, response.getStatus(), secret)
                                .doesNotContain(secret);
                    }
                    reads++;
                }
            }
        }
        assertThat(reads).isGreaterThan(100);
        assertThat(call("quetta.member", HttpMethod.GET, "/incidents/" + incidentId.get(Secret.RED_QUETTA), "")
                        .getContentAsString(StandardCharsets.UTF_8))
                .as("a named recipient reads the RED report on the incident's page")
                .contains(Secret.RED_QUETTA.marker);
    }

    @Test
    void listsShowEveryReportAndIncidentTheAccountMaySee() throws Exception {
        for (Map.Entry<String, Set<Secret>> entry : VISIBLE.entrySet()) {
            String reports = call(entry.getKey(), HttpMethod.GET, "/api/v1/reports?limit=500", "")
                    .getContentAsString(StandardCharsets.UTF_8);
            String incidents = call(entry.getKey(), HttpMethod.GET, "/api/v1/incidents?limit=1000", "")
                    .getContentAsString(StandardCharsets.UTF_8);
            for (Secret secret : entry.getValue()) {
                assertThat(reports).as("%s lists %s", entry.getKey(), secret).contains(secret.marker);
                assertThat(incidents)
                        .as("%s sees %s's incident", entry.getKey(), secret)
                        .contains(secret.marker);
            }
        }
    }

    @Test
    void theMarkingFilterFollowsWhatTheReaderSees() throws Exception {
        String national = call("national.viewer", HttpMethod.GET, "/api/v1/incidents?marking=AMBER&limit=1000", "")
                .getContentAsString(StandardCharsets.UTF_8);
        String kp = call("kp.viewer", HttpMethod.GET, "/api/v1/incidents?marking=AMBER&limit=1000", "")
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(national)
                .contains(Secret.AMBER_QUETTA.marker, Secret.AMBER_PESHAWAR.marker)
                .doesNotContain(Secret.CLEAR_PESHAWAR.marker);
        // the Quetta attack is GREEN to a KP viewer: its AMBER report is hidden from them
        assertThat(kp)
                .contains(Secret.AMBER_PESHAWAR.marker)
                .doesNotContain(incidentId.get(Secret.GREEN_QUETTA), Secret.CLEAR_PESHAWAR.marker);
    }

    @Test
    void anIncidentIsFusedFromTheReportsTheAccountMaySeeAlone() throws Exception {
        String quetta = incidentId.get(Secret.GREEN_QUETTA);
        JsonNode whole = json.readTree(call("national.viewer", HttpMethod.GET, "/api/v1/incidents/" + quetta, "")
                .getContentAsString());
        JsonNode part = json.readTree(call("kp.viewer", HttpMethod.GET, "/api/v1/incidents/" + quetta, "")
                .getContentAsString());

        assertThat(whole.get("killed").get("high").asInt()).isEqualTo(5);
        assertThat(whole.get("members")).hasSize(2);
        assertThat(part.get("id").toString()).contains(quetta);
        assertThat(part.get("members")).hasSize(1);
        assertThat(part.get("killed").get("low").asInt()).isEqualTo(3);
        assertThat(part.get("killed").get("high").asInt()).isEqualTo(3);
        assertThat(part.toString()).doesNotContain("CTD Balochistan desk");
    }

    @Test
    void hiddenRecordsCannotBeChangedAndOthersOnlyWithinTheJurisdiction() throws Exception {
        JsonNode paths = openApiPaths();
        for (String username : List.of("national.analyst", "balochistan.analyst", "quetta.member", "kp.viewer")) {
            Set<String> forbidden = forbiddenFor(username);
            for (String template : paths.propertyNames()) {
                if (!template.contains("{")) {
                    continue;
                }
                for (String method : paths.get(template).propertyNames()) {
                    HttpMethod verb = HttpMethod.valueOf(method.toUpperCase(Locale.ROOT));
                    if (verb == HttpMethod.GET) {
                        continue;
                    }
                    for (String hidden : forbidden) {
                        if (!reportId.containsValue(hidden) && !incidentId.containsValue(hidden)) {
                            continue;
                        }
                        String path = template.replaceAll("\\{[^}]*}", hidden);
                        MockHttpServletResponse response =
                                call(username, verb, path, "{\"reason\": \"walk\", \"with\": \"" + hidden + "\"}");
                        assertThat(response.getStatus())
                                .as("%s %s as %s", verb, path, username)
                                .isGreaterThanOrEqualTo(400);
                        String body = withoutEcho(response, hidden);
                        for (String secret : forbidden) {
                            assertThat(body)
                                    .as("%s %s as %s", verb, path, username)
                                    .doesNotContain(secret);
                        }
                    }
                }
            }
        }

        assertThat(call(
                                "balochistan.analyst",
                                HttpMethod.PUT,
                                "/api/v1/sources",
                                "{\"name\": \"CTD Khyber Pakhtunkhwa desk\", \"kind\": \"CTD\", \"reliability\": \"B\","
                                        + " \"organisation\": \"CTD Balochistan\"}")
                        .getStatus())
                .as("only administrators change whose a source's reports are")
                .isEqualTo(403);

        String peshawar = "/api/v1/incidents/" + incidentId.get(Secret.CLEAR_PESHAWAR) + "/confirm";
        assertThat(call("balochistan.analyst", HttpMethod.POST, peshawar, "{}").getStatus())
                .as("a provincial analyst confirms nothing outside the province")
                .isEqualTo(403);
        assertThat(call("national.analyst", HttpMethod.POST, peshawar, "{}").getStatus())
                .isEqualTo(200);
        assertThat(call(
                                "balochistan.analyst",
                                HttpMethod.POST,
                                "/api/v1/assessments/PK528/overrides",
                                "{\"reason\": \"threat\", \"hours\": 2}")
                        .getStatus())
                .isEqualTo(403);
        assertThat(call(
                                "balochistan.analyst",
                                HttpMethod.POST,
                                "/api/v1/assessments/PK226/overrides",
                                "{\"reason\": \"threat\", \"hours\": 2}")
                        .getStatus())
                .isEqualTo(201);
    }

    @Test
    void assessmentsCountOnlyTheIncidentsTheAccountMaySee() throws Exception {
        JsonNode kp = json.readTree(call("kp.viewer", HttpMethod.GET, "/api/v1/assessments/PK226", "")
                .getContentAsString());
        JsonNode quetta = json.readTree(call("quetta.member", HttpMethod.GET, "/api/v1/assessments/PK226", "")
                .getContentAsString());

        assertThat(kp.get("recent_incidents").toString())
                .contains(incidentId.get(Secret.GREEN_QUETTA))
                .doesNotContain(incidentId.get(Secret.RED_QUETTA), incidentId.get(Secret.STRICT_QUETTA));
        assertThat(quetta.get("recent_incidents").toString())
                .contains(incidentId.get(Secret.GREEN_QUETTA), incidentId.get(Secret.RED_QUETTA))
                .doesNotContain(incidentId.get(Secret.STRICT_QUETTA));
    }

    @Test
    void everyReadOfAmberOrRedDataIsAudited() throws Exception {
        String red = reportId.get(Secret.RED_QUETTA);
        assertThat(call("quetta.member", HttpMethod.GET, "/api/v1/reports/" + red, "")
                        .getStatus())
                .isEqualTo(200);
        assertThat(call("kp.viewer", HttpMethod.GET, "/api/v1/reports/" + red, "")
                        .getStatus())
                .isEqualTo(404);

        assertThat(audit.entries(new AuditQuery(null, "report.read", null, red, null, null, null, 100, false)))
                .extracting(entry -> entry.record().actor())
                .containsOnly("quetta.member")
                .isNotEmpty();
        assertThat(audit.verify().intact()).isTrue();
    }

    @Test
    void aRedReportWithoutRecipientsIsRejected() throws Exception {
        MockHttpServletResponse response = mvc.perform(post("/api/v1/reports")
                        .header("Authorization", "Bearer " + tokenOf.get("national.analyst"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"source\": \"Daily Courier\", \"body\": \"Two killed in Quetta.\","
                                + " \"marking\": \"TLP:RED\"}"))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(response.getContentAsString()).contains("recipients");
    }
}
