package org.fusioncentre.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.fusioncentre.TestDatabases;
import org.fusioncentre.assessment.Assessments;
import org.fusioncentre.assessment.ThreatOverride;
import org.fusioncentre.fusion.Fusion;
import org.fusioncentre.fusion.Incident;
import org.fusioncentre.fusion.IncidentQuery;
import org.fusioncentre.geo.RedZone;
import org.fusioncentre.geo.RedZones;
import org.fusioncentre.geo.ZoneShape;
import org.fusioncentre.intake.Intake;
import org.fusioncentre.intake.Reliability;
import org.fusioncentre.intake.Source;
import org.fusioncentre.intake.SourceId;
import org.fusioncentre.intake.SourceKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The existing writes each leave an audit entry naming who did it, and the chain stays intact. */
@SpringBootTest(properties = {"fusion.assessment.refresh=false", "fusion.access.default-actor=cli:tester"})
class AuditedWritesIntegrationTest {
    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        TestDatabases.h2(registry, dataDir);
    }

    @Autowired
    AuditLog audit;

    @Autowired
    Intake intake;

    @Autowired
    Fusion fusion;

    @Autowired
    Assessments assessments;

    @Autowired
    RedZones zones;

    private List<AuditEntry> entries(String actionPrefix) {
        return audit.entries(new AuditQuery(null, actionPrefix, null, null, null, null, null, 100, false));
    }

    @Test
    void analystDecisionsOverridesSourcesAndRedZonesEachLeaveAnEntry() {
        String line = """
                {"source": "Incident table", "external_id": "k1", "published_at": "2026-10-20T12:00:00+05:00",
                 "incident": {"event_type": "BOMBING", "date": "2026-10-20", "district_pcode": "PK211", "killed": 2}}""".replace("\n", "");
        intake.submitJson(line.getBytes(StandardCharsets.UTF_8), "test", outcome -> {});
        await().atMost(Duration.ofSeconds(60)).until(() -> fusion.incidentCount() == 1);
        Incident incident = fusion.incidents(IncidentQuery.all(null, 10), Audience.operator("test"))
                .items()
                .getFirst();

        fusion.confirm(incident.id(), Audience.operator("amina.khan"), "checked with the district police");
        ThreatOverride override = assessments.override(
                "PK211", "credible threat to the bazaar", Audience.operator("bilal"), Duration.ofHours(24));
        intake.saveSource(new Source(
                SourceId.forName("Incident table"),
                "Incident table",
                SourceKind.CTD,
                Reliability.B,
                Marking.AMBER,
                null,
                null));
        RedZone zone = zones.declare(new RedZone(
                UUID.randomUUID(),
                "Airport",
                new ZoneShape.Circle(30.25, 66.94, 2000),
                "CAA",
                Instant.now(),
                null,
                null));
        zones.retire(zone.id(), Instant.now());

        List<AuditEntry> decisions = entries("incident.");
        assertThat(decisions).hasSize(1);
        AuditRecord decision = decisions.getFirst().record();
        assertThat(decision.actor()).isEqualTo("amina.khan");
        assertThat(decision.action()).isEqualTo("incident.confirm");
        assertThat(decision.entityId()).isEqualTo(incident.id().toString());
        assertThat(decision.reason()).isEqualTo("checked with the district police");
        assertThat(decision.before()).contains(incident.id().toString());
        assertThat(decision.after()).contains("CONFIRMED");

        List<AuditEntry> overrides = entries("assessment.override");
        assertThat(overrides).hasSize(1);
        assertThat(overrides.getFirst().record().actor()).isEqualTo("bilal");
        assertThat(overrides.getFirst().record().entityId())
                .isEqualTo(override.id().toString());
        assertThat(overrides.getFirst().record().after()).contains("PK211");

        // first seen in the report, then graded
        assertThat(entries("source."))
                .extracting(entry -> entry.record().action())
                .containsExactly("source.add", "source.update");
        AuditRecord graded = entries("source.update").getFirst().record();
        assertThat(graded.actor()).isEqualTo("cli:tester");
        assertThat(graded.before()).contains("\"reliability\":\"F\"");
        assertThat(graded.after()).contains("\"reliability\":\"B\"");

        assertThat(entries("red-zone."))
                .extracting(entry -> entry.record().action())
                .containsExactly("red-zone.declare", "red-zone.retire");
        assertThat(audit.verify()).isEqualTo(AuditVerification.intact(6));
    }
}
