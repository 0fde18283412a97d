package org.fusioncentre.fusion.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.fusioncentre.access.Audience;
import org.fusioncentre.extraction.Extraction;
import org.fusioncentre.fusion.Fusion;
import org.fusioncentre.fusion.Incident;
import org.fusioncentre.fusion.IncidentQuery;
import org.fusioncentre.intake.IngestOutcome;
import org.fusioncentre.intake.Intake;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The pipeline against a real store: reports submitted one by one are extracted and fused live;
 * the incidents do not depend on the order the reports came in and equal those of a rebuild. Run
 * on H2 and on PostgreSQL by the subclasses, with the project's own fixture
 * (src/test/resources/fusion/pipeline.jsonl: a roadside bomb and a checkpost attack in Bannu the
 * same day, a killing in Lakki Marwat, and a meeting).
 */
abstract class FusionPipelineContract {
    private static final Audience OPERATOR = Audience.operator("test");

    @Autowired
    Intake intake;

    @Autowired
    Extraction extraction;

    @Autowired
    Fusion fusion;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    IncidentStore store;

    @Autowired
    FusionService service;

    @Autowired
    org.fusioncentre.fusion.scoring.FusionAreas areas;

    private static List<String> fixture() throws IOException {
        try (InputStream in = FusionPipelineContract.class.getResourceAsStream("/fusion/pipeline.jsonl")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }

    /** Each incident as the sorted external ids of its reports. */
    private Set<String> incidents() {
        Set<String> found = new TreeSet<>();
        for (Incident incident :
                fusion.incidents(IncidentQuery.all(null, 1000), OPERATOR).items()) {
            found.add(incident.id() + "="
                    + incident.members().stream()
                            .map(Incident.Member::externalId)
                            .sorted()
                            .collect(Collectors.joining(",")));
        }
        return found;
    }

    private void submitInOrder(List<String> lines) {
        for (String line : lines) {
            List<IngestOutcome> outcomes = new ArrayList<>();
            intake.submitJson(line.getBytes(StandardCharsets.UTF_8), "test", outcomes::add);
        }
    }

    private void awaitIncidents(String... expected) {
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(incidents())
                        .extracting(entry -> entry.substring(entry.indexOf('=') + 1))
                        .containsExactlyInAnyOrder(expected));
    }

    /** Waits until the fixture's reports form its three incidents (not merely three incidents). */
    private void awaitFused() {
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(incidents())
                        .extracting(entry -> entry.substring(entry.indexOf('=') + 1))
                        .containsExactlyInAnyOrder("f1,p1,w1", "f2,p2", "f3,w2"));
    }

    @Test
    void reportsSubmittedInAnyOrderBecomeTheSameIncidentsAsARebuild() throws IOException {
        List<String> lines = new ArrayList<>(fixture());
        Collections.shuffle(lines, new Random(7));
        submitInOrder(lines);

        Set<String> expected = Set.of("p1,f1,w1", "f2,p2", "f3,w2").stream()
                .map(ids -> ids.split(","))
                .map(ids -> java.util.Arrays.stream(ids).sorted().collect(Collectors.joining(",")))
                .collect(Collectors.toSet());
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(incidents())
                        .extracting(entry -> entry.substring(entry.indexOf('=') + 1))
                        .containsExactlyInAnyOrderElementsOf(expected));
        Set<String> live = incidents();

        fusion.rebuild(done -> {});

        assertThat(incidents()).isEqualTo(live);
    }

    @Test
    void anIncidentFusesItsReportsFiguresWithProvenance() throws IOException {
        submitInOrder(fixture());
        awaitFused();

        Incident bomb = fusion.incidents(IncidentQuery.all(null, 100), OPERATOR).items().stream()
                .filter(incident -> incident.members().size() == 3)
                .findFirst()
                .orElseThrow();
        assertThat(bomb.killed()).isEqualTo(new Incident.Range(2, 3, 3));
        assertThat(bomb.corroboration().sources()).isEqualTo(3);
        assertThat(bomb.conflicts()).extracting(Incident.Conflict::field).contains("killed");
        assertThat(fusion.incident(bomb.id(), OPERATOR)).contains(bomb);
    }

    private Incident withReports(int reports) {
        return fusion.incidents(IncidentQuery.all(null, 100), OPERATOR).items().stream()
                .filter(incident -> incident.members().size() == reports)
                .filter(incident -> incident.location() != null
                        && "PK503".equals(incident.location().districtPcode()))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void analystDecisionsApplyOnTopOfFusionAndSurviveARebuild() throws IOException {
        submitInOrder(fixture());
        awaitFused();
        Incident bomb = withReports(3);
        Incident checkpost = withReports(2);

        // a split moves one report out; merging it back restores one incident
        String moved = bomb.members().getLast().observationId();
        List<Incident> parts =
                fusion.split(bomb.id(), List.of(moved), Audience.operator("analyst.one"), "different van");
        assertThat(parts).extracting(incident -> incident.members().size()).containsExactly(2, 1);
        Incident merged = fusion.merge(
                parts.get(0).id(), parts.get(1).id(), Audience.operator("analyst.two"), "same attack after all");
        assertThat(merged.members()).hasSize(3);

        Incident corrected = fusion.correct(
                merged.id(), "killed", "4", Audience.operator("analyst.one"), "hospital confirmed a fourth");
        assertThat(corrected.killed().best()).isEqualTo(4);
        assertThat(corrected.corrections())
                .singleElement()
                .satisfies(c -> assertThat(c.analyst()).isEqualTo("analyst.one"));
        assertThat(fusion.confirm(corrected.id(), Audience.operator("analyst.two"), null)
                        .status())
                .isEqualTo(Incident.Status.CONFIRMED);
        assertThat(fusion.notAnIncident(checkpost.id(), Audience.operator("analyst.one"), "a training drill")
                        .status())
                .isEqualTo(Incident.Status.NOT_INCIDENT);
        assertThat(fusion.incidents(IncidentQuery.all(null, 100), OPERATOR).items())
                .extracting(Incident::id)
                .doesNotContain(checkpost.id());
        assertThat(fusion.incidents(new IncidentQuery(null, null, null, null, null, null, 0, true, null, 100), OPERATOR)
                        .items())
                .extracting(Incident::id)
                .contains(checkpost.id());
        assertThat(fusion.decisions(corrected.id(), OPERATOR))
                .extracting(org.fusioncentre.fusion.Decision::kind)
                .containsExactly(
                        org.fusioncentre.fusion.Decision.Kind.SPLIT,
                        org.fusioncentre.fusion.Decision.Kind.MERGE,
                        org.fusioncentre.fusion.Decision.Kind.CORRECT,
                        org.fusioncentre.fusion.Decision.Kind.CONFIRM);

        Set<String> before = incidents();
        fusion.rebuild(done -> {});

        assertThat(incidents()).isEqualTo(before);
        Incident rebuilt = fusion.incident(corrected.id(), OPERATOR).orElseThrow();
        assertThat(rebuilt.killed().best()).isEqualTo(4);
        assertThat(rebuilt.status()).isEqualTo(Incident.Status.CONFIRMED);
    }

    /**
     * A report that names only Karachi (the division, no district) joins the account of the same
     * killing in West Karachi, and a killing in Korangi the same night stays apart; the incidents
     * are those of a rebuild, and incidents stored under a district's own block before Karachi
     * became one area are replaced, not kept beside the area's.
     */
    @Test
    void aReportNamingOnlyKarachiJoinsTheIncidentOfOneOfItsDistricts() {
        submitInOrder(List.of(
                "{\"source\": \"Sindh Police\", \"external_id\": \"k1\", \"published_at\":"
                        + " \"2026-10-13T22:00:00+05:00\", \"title\": \"ASI martyred in Orangi\", \"body\":"
                        + " \"KARACHI: An ASI of Police Station Pakistan Bazaar was shot dead by unidentified gunmen on"
                        + " a motorcycle in Orangi Town, West Karachi, at about 21:00 hours today.\"}",
                "{\"source\": \"Indus Wire\", \"external_id\": \"k2\", \"published_at\":"
                        + " \"2026-10-14T00:30:00+05:00\", \"title\": \"Policeman shot dead in Karachi\","
                        + " \"body\": \"KARACHI, Oct 14: A police official was shot dead by unidentified gunmen in"
                        + " Karachi on Tuesday night, police said.\"}",
                "{\"source\": \"Sindh Police\", \"external_id\": \"k3\", \"published_at\":"
                        + " \"2026-10-13T23:30:00+05:00\", \"title\": \"Shopkeeper shot dead in Korangi\","
                        + " \"body\": \"KARACHI: A shopkeeper was shot dead by unidentified gunmen on a motorcycle"
                        + " in Korangi Town, Korangi district, at about 22:45 hours today.\"}"));

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(incidents())
                        .extracting(entry -> entry.substring(entry.indexOf('=') + 1))
                        .containsExactlyInAnyOrder("k1,k2", "k3"));
        Set<String> live = incidents();
        assertThat(jdbc.queryForList("SELECT DISTINCT block_key FROM incident", String.class))
                .containsExactly("A:PK7D02");

        // as a store written before Karachi was one area holds it
        jdbc.update("UPDATE incident SET block_key = 'D:PK729' WHERE block_key = 'A:PK7D02'");
        service.fuse(areas.of(new org.fusioncentre.extraction.ObservationBlock("PK712", null)));

        assertThat(incidents()).isEqualTo(live);
        assertThat(jdbc.queryForList("SELECT DISTINCT block_key FROM incident", String.class))
                .containsExactly("A:PK7D02");

        fusion.rebuild(done -> {});

        assertThat(incidents()).isEqualTo(live);
    }

    /** The fixture's killing in Lakki Marwat. */
    private Incident theKillingInLakkiMarwat() {
        return fusion.incidents(IncidentQuery.all(null, 100), OPERATOR).items().stream()
                .filter(incident -> "PK519".equals(incident.location().districtPcode()))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void aDecisionThatDoesNotFitIsRejectedAndChangesNothing() throws IOException {
        submitInOrder(fixture());
        awaitFused();
        Incident bomb = withReports(3);
        Incident lakki = theKillingInLakkiMarwat();
        Set<String> before = incidents();
        long decisions = jdbc.queryForObject("SELECT COUNT(*) FROM analyst_decision", Long.class);

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> fusion.merge(
                        bomb.id(), org.fusioncentre.fusion.IncidentId.ofAnchor("nothing", 0), OPERATOR, null))
                .isInstanceOf(org.fusioncentre.fusion.DecisionRejected.class)
                .hasMessageContaining("no incident");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> fusion.merge(bomb.id(), bomb.id(), OPERATOR, null))
                .hasMessageContaining("itself");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> fusion.split(
                        bomb.id(), List.of(lakki.members().getFirst().observationId()), OPERATOR, null))
                .hasMessageContaining("is not in incident");
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> fusion.correct(bomb.id(), "killed", "many", OPERATOR, null))
                .hasMessageContaining("bad correction of killed");
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> fusion.confirm(bomb.id(), Audience.operator(" "), null))
                .hasMessageContaining("analyst");

        assertThat(incidents()).isEqualTo(before);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM analyst_decision", Long.class))
                .isEqualTo(decisions);
    }

    /**
     * An analyst may merge incidents fusion keeps in different blocks (here Bannu and Lakki
     * Marwat): the absorbed incident's observations move to the other's block by the decision, and
     * stay there through a rebuild.
     */
    @Test
    void anAnalystMergesIncidentsOfNeighbouringDistricts() throws IOException {
        submitInOrder(fixture());
        awaitFused();
        Incident bomb = withReports(3);
        Incident lakki = theKillingInLakkiMarwat();

        Incident merged = fusion.merge(bomb.id(), lakki.id(), Audience.operator("analyst.one"), "one attack");

        assertThat(merged.id()).isEqualTo(bomb.id());
        assertThat(merged.members()).hasSize(5);
        assertThat(fusion.incident(lakki.id(), OPERATOR)).isEmpty();
        assertThat(jdbc.queryForList("SELECT DISTINCT block_key FROM incident", String.class))
                .containsExactly("D:PK503");
        Set<String> before = incidents();

        fusion.rebuild(done -> {});

        assertThat(incidents()).isEqualTo(before);
        assertThat(fusion.decisions(bomb.id(), OPERATOR))
                .extracting(org.fusioncentre.fusion.Decision::kind)
                .containsExactly(org.fusioncentre.fusion.Decision.Kind.MERGE);
    }

    @Test
    void countingFactsComeFromTheirColumnsOrFromBodiesWrittenBeforeTheColumnsExisted() throws IOException {
        submitInOrder(fixture());
        awaitFused();
        List<org.fusioncentre.fusion.IncidentFact> fromColumns = new ArrayList<>();
        fusion.eachIncidentFact(java.time.LocalDate.of(2026, 12, 31), OPERATOR, fromColumns::add);

        jdbc.update("UPDATE incident SET event_date = NULL, killed_best = NULL, injured_best = NULL");
        List<org.fusioncentre.fusion.IncidentFact> fromBodies = new ArrayList<>();
        fusion.eachIncidentFact(java.time.LocalDate.of(2026, 12, 31), OPERATOR, fromBodies::add);
        List<org.fusioncentre.fusion.IncidentFact> beforeAnyIncident = new ArrayList<>();
        fusion.eachIncidentFact(java.time.LocalDate.of(2026, 5, 3), OPERATOR, beforeAnyIncident::add);

        assertThat(fromColumns).hasSize(3);
        assertThat(fromBodies).containsExactlyInAnyOrderElementsOf(fromColumns);
        assertThat(fromColumns).anySatisfy(fact -> {
            assertThat(fact.districtPcode()).isEqualTo("PK503");
            assertThat(fact.killed()).isEqualTo(3); // the bomb's risen toll
            assertThat(fact.date()).isEqualTo(java.time.LocalDate.of(2026, 5, 4));
        });
        assertThat(beforeAnyIncident).isEmpty();
    }

    /**
     * A wire report datelined Bannu that gives nothing finer joins the police account of the attack
     * at Naurang in Lakki Marwat next door, not the killing in Bannu city the same day; whatever
     * order the reports arrive in, the incidents are a rebuild's, placed where the police put it
     * with the dateline's district shown as a conflicting claim.
     */
    @Test
    void aDatelineReportJoinsTheIncidentAcrossTheDistrictBorder() {
        List<String> reports = List.of(
                "{\"source\": \"KP Police\", \"external_id\": \"b1\", \"published_at\": \"2026-11-01T23:40:00+05:00\","
                        + " \"title\": \"Two policemen martyred in Naurang\", \"body\": \"LAKKI MARWAT: Two policemen"
                        + " were martyred and three injured when militants attacked a police post in Naurang, Lakki"
                        + " Marwat district, at about 22:30 hours today.\"}",
                "{\"source\": \"Indus Wire\", \"external_id\": \"b2\", \"published_at\": \"2026-11-02T09:15:00+05:00\","
                        + " \"title\": \"Two policemen killed in attack on post\", \"body\": \"BANNU, Nov 2 (IW): Two"
                        + " policemen were killed and three wounded when militants attacked a police post late on"
                        + " Sunday night, officials said.\"}",
                "{\"source\": \"KP Police\", \"external_id\": \"b3\", \"published_at\": \"2026-11-01T17:00:00+05:00\","
                        + " \"title\": \"Shopkeeper shot dead in Bannu\", \"body\": \"BANNU: A shopkeeper was shot dead by"
                        + " unidentified gunmen in the Hinjal area of Bannu city at about 15:30 hours today.\"}");
        submitInOrder(reports);
        awaitIncidents("b1,b2", "b3");
        java.util.Map<String, String> reportIds = new java.util.TreeMap<>();
        fusion.incidents(IncidentQuery.all(null, 100), OPERATOR)
                .items()
                .forEach(incident ->
                        incident.members().forEach(member -> reportIds.put(member.externalId(), member.reportId())));
        for (int order = 1; order <= 3; order++) {
            // fused again from nothing, one report at a time, in another order
            jdbc.update("DELETE FROM incident");
            jdbc.update("DELETE FROM fusion_loan");
            List<String> shuffled = new ArrayList<>(reportIds.values());
            Collections.shuffle(shuffled, new Random(order));
            shuffled.forEach(id -> service.fuseReport(org.fusioncentre.intake.ReportId.parse(id)));
            awaitIncidents("b1,b2", "b3");
        }
        Set<String> live = incidents();
        Incident naurang = fusion.incidents(IncidentQuery.all(null, 100), OPERATOR).items().stream()
                .filter(incident -> incident.members().size() == 2)
                .findFirst()
                .orElseThrow();
        assertThat(naurang.location().districtPcode()).isEqualTo("PK519");
        assertThat(naurang.conflicts())
                .anySatisfy(conflict -> assertThat(conflict.field()).isEqualTo("district"));

        fusion.rebuild(done -> {});

        assertThat(incidents()).isEqualTo(live);

        // an analyst merges the Bannu killing with it: the lent dateline report, whose home the
        // killing's block is, stays in the merged incident too
        Incident killing = fusion.incidents(IncidentQuery.all(null, 100), OPERATOR).items().stream()
                .filter(incident -> incident.members().size() == 1)
                .findFirst()
                .orElseThrow();
        fusion.merge(killing.id(), naurang.id(), OPERATOR, "one night's attacks, one incident for the record");
        awaitIncidents("b1,b2,b3");
        Set<String> merged = incidents();

        fusion.rebuild(done -> {});

        assertThat(incidents()).isEqualTo(merged);
    }

    @Test
    void twoIncidentsKeptApartThoughCloseWaitForAnAnalyst() throws IOException {
        // an attack in Domel the same night as the Baka Khel attack: the same kind, the same night,
        // one constable injured in each, but another tehsil
        List<String> lines = new ArrayList<>(fixture());
        lines.add("{\"source\": \"Frontier Post\", \"external_id\": \"x1\","
                + " \"published_at\": \"2026-05-05T12:00:00+05:00\", \"body\": \"BANNU: A police constable was injured"
                + " when militants attacked a police post in Domel late on Monday night, police said.\"}");
        submitInOrder(lines);
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(incidents())
                        .extracting(entry -> entry.substring(entry.indexOf('=') + 1))
                        .containsExactlyInAnyOrder("f1,p1,w1", "f2,p2", "f3,w2", "x1"));
        Incident checkpost = withReports(2);
        Incident domel = withReports(1);

        assertThat(fusion.reviewQueue(10, OPERATOR)).singleElement().satisfies(item -> {
            assertThat(Set.of(item.incident(), item.candidate())).containsExactlyInAnyOrder(domel.id(), checkpost.id());
            assertThat(item.probability()).isBetween(0.35, 0.6);
        });

        fusion.confirm(domel.id(), Audience.operator("analyst.one"), "two attacks, not one");

        assertThat(fusion.reviewQueue(10, OPERATOR)).isEmpty();
    }

    @Test
    void aCorrectionStaysWithItsIncidentWhenObservationsAreSplitOff() throws IOException {
        submitInOrder(fixture());
        awaitFused();
        Incident bomb = withReports(3);

        Incident corrected = fusion.correct(bomb.id(), "killed", "5", Audience.operator("analyst.one"), null);
        String moved = corrected.members().getLast().observationId();
        List<Incident> parts =
                fusion.split(corrected.id(), List.of(moved), Audience.operator("analyst.one"), "another van");

        assertThat(parts.get(0).killed().best()).isEqualTo(5);
        assertThat(parts.get(0).corrections()).hasSize(1);
        assertThat(parts.get(1).corrections()).isEmpty();
        assertThat(parts.get(1).status()).isEqualTo(Incident.Status.AUTOMATIC);
    }

    @Test
    void aDecisionTakenOnAnEarlierExtractorVersionStillApplies() throws IOException {
        submitInOrder(fixture());
        awaitFused();
        Incident bomb = withReports(3);
        Incident.Member anchor = bomb.members().getFirst();
        // the anchor's report as an earlier extractor version saw it, and a confirmation taken then
        java.util.UUID old = java.util.UUID.randomUUID();
        java.util.UUID report = java.util.UUID.fromString(anchor.reportId());
        jdbc.update(
                "INSERT INTO extraction_run (report_id, extractor_version, observation_count, extracted_at) "
                        + "VALUES (?, 'fc-extract-0.0', 1, CURRENT_TIMESTAMP)",
                report);
        jdbc.update(
                "INSERT INTO observation (id, report_id, extractor_version, ordinal, event_type, date_from, date_to, "
                        + "body, extracted_at) SELECT ?, report_id, 'fc-extract-0.0', ordinal, event_type, date_from, "
                        + "date_to, body, extracted_at FROM observation WHERE id = ?",
                old,
                java.util.UUID.fromString(anchor.observationId()));
        store.addDecision(new org.fusioncentre.fusion.Decision(
                java.util.UUID.randomUUID(),
                org.fusioncentre.fusion.Decision.Kind.CONFIRM,
                bomb.id(),
                "D:PK503",
                List.of(old.toString()),
                null,
                null,
                "analyst.past",
                null,
                java.time.Instant.parse("2026-01-01T00:00:00Z")));

        service.fuse(areas.of(new org.fusioncentre.extraction.ObservationBlock("PK503", null)));

        assertThat(fusion.incident(bomb.id(), OPERATOR).orElseThrow().status()).isEqualTo(Incident.Status.CONFIRMED);
    }
}
