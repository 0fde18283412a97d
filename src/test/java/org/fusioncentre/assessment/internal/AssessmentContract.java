package org.fusioncentre.assessment.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.fusioncentre.access.Audience;
import org.fusioncentre.assessment.Assessment;
import org.fusioncentre.assessment.Assessments;
import org.fusioncentre.assessment.ThreatLevelChanged;
import org.fusioncentre.assessment.model.ThreatLevel;
import org.fusioncentre.fusion.Fusion;
import org.fusioncentre.intake.IngestOutcome;
import org.fusioncentre.intake.Intake;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * Assessments from a real store's incidents: an incident table is ingested, extracted and fused
 * live, then assessed. Kech has a fatal incident every ten days for a year, Quetta two in the
 * year, the rest of the country none. Run on H2 and PostgreSQL by the subclasses.
 */
@RecordApplicationEvents
abstract class AssessmentContract {
    static final LocalDate AS_OF = LocalDate.of(2026, 10, 31);

    @Autowired
    Intake intake;

    @Autowired
    Fusion fusion;

    @Autowired
    Assessments assessments;

    @Autowired
    ApplicationEvents events;

    private void ingestHistory() {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 36; i++) {
            lines.add(incident("k" + i, AS_OF.minusDays(3 + 10L * i), "PK211", 2));
        }
        lines.add(incident("q1", AS_OF.minusDays(40), "PK226", 0));
        lines.add(incident("q2", AS_OF.minusDays(200), "PK226", 1));
        for (String line : lines) {
            List<IngestOutcome> outcomes = new ArrayList<>();
            intake.submitJson(line.getBytes(StandardCharsets.UTF_8), "test", outcomes::add);
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> fusion.incidentCount() == lines.size());
    }

    private static String incident(String id, LocalDate date, String district, int killed) {
        return """
                {"source": "Incident table", "external_id": "%s", "published_at": "%sT12:00:00+05:00",
                 "incident": {"event_type": "BOMBING", "date": "%s", "district_pcode": "%s", "killed": %d}}""".formatted(id, date, date, district, killed).replace("\n", "");
    }

    private static Map<String, Assessment> byUnit(List<Assessment> assessments) {
        return assessments.stream().collect(Collectors.toMap(Assessment::unitPcode, Function.identity()));
    }

    @Test
    void busyDistrictsRankAboveQuietOnesAndProvincesCombineTheirDistricts() {
        ingestHistory();
        assessments.assess(AS_OF.minusDays(400)); // before Kech's year of attacks

        Map<String, Assessment> units = byUnit(assessments.assess(AS_OF));

        Assessment kech = units.get("PK211");
        Assessment quetta = units.get("PK226");
        Assessment lahore = units.get("PK619");
        Assessment balochistan = units.get("PK2");
        assertThat(kech.level()).isIn(ThreatLevel.SEVERE, ThreatLevel.CRITICAL);
        assertThat(kech.probabilityOfFatal()).isGreaterThan(0.65);
        assertThat(kech.expectedIncidents()).isBetween(2.0, 4.0); // three a month
        assertThat(kech.low()).isLessThanOrEqualTo(3).isLessThanOrEqualTo(kech.high());
        assertThat(kech.drivers()).isNotNull();
        assertThat(kech.recentIncidents()).hasSize(3); // days 3, 13 and 23 before the day
        assertThat(kech.method()).startsWith("B2");
        assertThat(kech.dataVersion()).startsWith("38 incidents to 2026-10-31");
        assertThat(kech.validUntil()).isEqualTo(AS_OF.plusDays(1));
        assertThat(quetta.probabilityOfFatal()).isBetween(0.0, kech.probabilityOfFatal());
        assertThat(quetta.level().ordinal()).isLessThan(kech.level().ordinal());
        // no history at all: a well-defined zero, not NaN
        assertThat(lahore.level()).isEqualTo(ThreatLevel.LOW);
        assertThat(lahore.probabilityOfFatal()).isZero();
        assertThat(lahore.high()).isZero();
        assertThat(balochistan.unitLevel()).isEqualTo(Assessment.UnitLevel.PROVINCE);
        assertThat(balochistan.probabilityOfFatal()).isGreaterThanOrEqualTo(kech.probabilityOfFatal());
        assertThat(balochistan.expectedIncidents())
                .isGreaterThanOrEqualTo(kech.expectedIncidents() + quetta.expectedIncidents() - 0.01);
        assertThat(assessments.stored(AS_OF)).hasSameSizeAs(units.values());
        // levels rose between the two past days, but only today's changes are announced
        assertThat(assessments
                        .latest("PK211", AS_OF.minusDays(400))
                        .orElseThrow()
                        .level())
                .isNotEqualTo(kech.level());
        assertThat(events.stream(ThreatLevelChanged.class)).isEmpty();
        assertThat(assessments.latest("PK211", AS_OF.plusDays(5)))
                .hasValueSatisfying(
                        stored -> assertThat(stored.probabilityOfFatal()).isEqualTo(kech.probabilityOfFatal()));
    }

    @Test
    void anOverrideRaisesTheUnitToCriticalAndTheChangeIsPublished() {
        ingestHistory();
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Karachi"));
        ThreatLevel before = byUnit(assessments.assess(today)).get("PK226").level();

        var override = assessments.override(
                "PK226", "specific threat to the airport road", Audience.operator("analyst.one"), Duration.ofHours(48));

        Assessment quetta = assessments.latest("PK226", today).orElseThrow();
        assertThat(quetta.level()).isEqualTo(ThreatLevel.CRITICAL);
        assertThat(quetta.statisticalLevel()).isEqualTo(before);
        assertThat(quetta.override()).isEqualTo(override);
        assertThat(assessments.overrides("PK226")).containsExactly(override);
        assertThat(events.stream(ThreatLevelChanged.class))
                .contains(new ThreatLevelChanged("PK226", before, ThreatLevel.CRITICAL, today, true));
    }

    @Test
    void badRequestsAreRefusedWithAReasonAndChangeNothing() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> assessments.assess(LocalDate.now().plusDays(3)))
                .withMessageContaining("in the future");
        assertThatIllegalArgumentException()
                .isThrownBy(
                        () -> assessments.override("PK299", "x", Audience.operator("analyst.one"), Duration.ofHours(5)))
                .withMessageContaining("unknown unit PK299");
        assertThatIllegalArgumentException()
                .isThrownBy(
                        () -> assessments.override("PK226", " ", Audience.operator("analyst.one"), Duration.ofHours(5)))
                .withMessageContaining("reason");
        assertThatIllegalArgumentException()
                .isThrownBy(() ->
                        assessments.override("PK226", "x", Audience.operator("analyst.one"), Duration.ofDays(200)))
                .withMessageContaining("90 days");
        assertThat(assessments.overrides("PK226")).isEmpty();
    }

    @Autowired
    AssessmentRefresh refresh;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void aChangedIncidentOrANewDayBringsAReassessmentAndNothingElseDoes() {
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Karachi"));
        refresh.refreshIfDue(); // the first round after start-up always assesses
        assertThat(assessments.stored(today)).isNotEmpty();

        jdbc.update("DELETE FROM assessment");
        refresh.refreshIfDue(); // nothing changed, same day
        assertThat(assessments.stored(today)).isEmpty();

        List<IngestOutcome> outcomes = new ArrayList<>();
        intake.submitJson(
                incident("fresh", today.minusDays(1), "PK211", 1).getBytes(StandardCharsets.UTF_8),
                "test",
                outcomes::add);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            refresh.refreshIfDue();
            assertThat(assessments.stored(today))
                    .filteredOn(assessment -> assessment.unitPcode().equals("PK211"))
                    .singleElement()
                    .satisfies(kech -> assertThat(kech.recentIncidents()).hasSize(1));
        });
    }

    @Test
    void anEmptyStoreAssessesEveryDistrictAsLowWithoutNaN() {
        List<Assessment> all = assessments.assess(AS_OF);

        assertThat(all).hasSizeGreaterThan(150);
        assertThat(all).allSatisfy(assessment -> {
            assertThat(assessment.level()).isEqualTo(ThreatLevel.LOW);
            assertThat(Double.isFinite(assessment.expectedIncidents())).isTrue();
            assertThat(assessment.dataVersion()).startsWith("0 incidents");
        });
    }
}
