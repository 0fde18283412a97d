package org.fusioncentre.extraction.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.fusioncentre.extraction.EventType;
import org.fusioncentre.extraction.Extraction;
import org.fusioncentre.extraction.Observation;
import org.fusioncentre.extraction.ObservationsExtracted;
import org.fusioncentre.extraction.StoredObservation;
import org.fusioncentre.extraction.structured.StructuredIncidents;
import org.fusioncentre.intake.IngestOutcome;
import org.fusioncentre.intake.Intake;
import org.fusioncentre.intake.ReportId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.modulith.events.ApplicationModuleListener;

/**
 * The extraction stage against a real store: live extraction of received reports, structured
 * incidents, runs that find nothing, batch catch-up, and versions side by side. Run on H2 and on
 * PostgreSQL by the subclasses.
 */
abstract class ExtractionPipelineContract {
    private static final String ATTACK = "Three FC soldiers were martyred when militants attacked a check post in"
            + " the Mangochar area of Kalat district on Tuesday night, officials said.";

    @TestConfiguration
    static class Probe {
        private final Map<ReportId, ObservationsExtracted> extracted = new ConcurrentHashMap<>();

        @ApplicationModuleListener
        void on(ObservationsExtracted event) {
            extracted.put(event.reportId(), event);
        }

        Map<ReportId, ObservationsExtracted> extracted() {
            return extracted;
        }
    }

    @Autowired
    Intake intake;

    @Autowired
    Extraction extraction;

    @Autowired
    ObservationStore store;

    @Autowired
    Probe probe;

    private ReportId submit(String json) {
        List<IngestOutcome> outcomes = new java.util.ArrayList<>();
        intake.submitJson(json.getBytes(StandardCharsets.UTF_8), "test", outcomes::add);
        assertThat(outcomes)
                .singleElement()
                .satisfies(outcome -> assertThat(outcome.reportId()).isNotNull());
        return outcomes.getFirst().reportId();
    }

    @Test
    void aReceivedReportIsExtractedAndAnnounced() {
        ReportId report = submit("{\"source\": \"Pipeline\", \"external_id\": \"live-1\","
                + " \"published_at\": \"2024-11-20T09:00:00+05:00\", \"body\": \"" + ATTACK + "\"}");

        await().atMost(Duration.ofSeconds(20)).until(() -> probe.extracted().containsKey(report));

        List<StoredObservation> observations = extraction.observations(report);
        assertThat(observations).hasSize(1);
        Observation observation = observations.getFirst().observation();
        assertThat(observation.eventType()).isEqualTo(EventType.ARMED_ASSAULT);
        assertThat(observation.location().districtPcode()).isEqualTo("PK210");
        assertThat(observation.killed())
                .isEqualTo(new Observation.Count(3, org.fusioncentre.extraction.Qualifier.EXACT));
        assertThat(observation.dateFrom()).isEqualTo(LocalDate.of(2024, 11, 19));
        assertThat(observation.extractorVersion()).isEqualTo(extraction.version());
        assertThat(probe.extracted().get(report).observations())
                .containsExactly(observations.getFirst().id());
        // the details fusion compares, kept with the observation: not the district, not common words
        assertThat(observations.getFirst().terms())
                .contains("soldier", "check", "post")
                .doesNotContain("kalat", "martyred", "militant", "tuesday");
    }

    @Test
    void aReportAboutNoIncidentIsExtractedToNothing() {
        ReportId report = submit(
                "{\"source\": \"Pipeline\", \"external_id\": \"none-1\","
                        + " \"body\": \"The provincial apex committee met in Quetta and reviewed the law and order situation.\"}");

        await().atMost(Duration.ofSeconds(20)).until(() -> probe.extracted().containsKey(report));

        assertThat(probe.extracted().get(report).observations()).isEmpty();
        assertThat(extraction.observations(report)).isEmpty();
        assertThat(extraction.problem(report)).isNull();
    }

    @Test
    void aStructuredIncidentBecomesAnObservationWithoutTextExtraction() {
        ReportId report = submit(
                "{\"source\": \"Incident table\", \"external_id\": \"row-7\", \"incident\": {"
                        + "\"event_type\": \"Remote explosive/landmine/IED\", \"event_date\": \"2023-05-02\","
                        + " \"district\": \"Kech\", \"province\": \"Balochistan\", \"fatalities\": 2, \"perpetrator\": \"BLF\"}}");

        await().atMost(Duration.ofSeconds(20)).until(() -> probe.extracted().containsKey(report));

        Observation observation = extraction.observations(report).getFirst().observation();
        assertThat(observation.eventType()).isEqualTo(EventType.BOMBING);
        assertThat(observation.date()).isEqualTo(LocalDate.of(2023, 5, 2));
        assertThat(observation.location().districtPcode()).isEqualTo("PK211");
        assertThat(observation.killed().value()).isEqualTo(2);
        assertThat(observation.perpetrator().code()).isEqualTo("BLF");
        assertThat(observation.extractorVersion()).isEqualTo(StructuredIncidents.VERSION);
        assertThat(extraction.observations(report).getFirst().terms()).isEmpty();
    }

    @Test
    void aStructuredIncidentThatCannotBeReadLeavesItsReasonOnTheRun() {
        ReportId report = submit("{\"source\": \"Incident table\", \"external_id\": \"row-8\", \"incident\": {"
                + "\"event_type\": \"Parade\", \"date\": \"2023-05-02\"}}");

        await().atMost(Duration.ofSeconds(20)).until(() -> probe.extracted().containsKey(report));

        assertThat(extraction.observations(report)).isEmpty();
        assertThat(extraction.problem(report)).contains("unknown event_type 'Parade'");
    }

    @Test
    void catchUpExtractsWhatOnlyAnOlderVersionSawAndKeepsTheOlderObservations() {
        ReportId report = submit("{\"source\": \"Pipeline\", \"external_id\": \"versions-1\","
                + " \"published_at\": \"2024-11-20T09:00:00+05:00\", \"body\": \"" + ATTACK + "\"}");
        await().atMost(Duration.ofSeconds(20)).until(() -> probe.extracted().containsKey(report));
        // as if an earlier extractor had seen a report that the current one has not
        ReportId older = submit("{\"source\": \"Pipeline\", \"external_id\": \"versions-2\","
                + " \"published_at\": \"2024-11-20T09:00:00+05:00\", \"body\": \"" + ATTACK.replace("Three", "Four")
                + "\"}");
        await().atMost(Duration.ofSeconds(20)).until(() -> probe.extracted().containsKey(older));
        Observation current = extraction.observations(older).getFirst().observation();
        Observation earlier = new Observation(
                current.eventType(),
                current.eventTypeConfidence(),
                current.date(),
                current.dateFrom(),
                current.dateTo(),
                current.datePrecision(),
                current.time(),
                current.location(),
                new Observation.Count(1, org.fusioncentre.extraction.Qualifier.EXACT),
                null,
                null,
                List.of(),
                null,
                List.of(),
                0.5,
                "fc-extract-0.0",
                false);
        store.save(
                List.of(new ObservationStore.Run(older, "fc-extract-0.0", List.of(earlier), null)),
                Instant.parse("2024-01-01T00:00:00Z"));

        assertThat(extraction.extractPending(done -> {})).isZero();

        List<StoredObservation> history = extraction.history(older);
        assertThat(history)
                .extracting(stored -> stored.observation().extractorVersion())
                .containsExactly("fc-extract-0.0", extraction.version());
        assertThat(extraction.observations(older))
                .extracting(stored -> stored.observation().killed().value())
                .containsExactly(4L);
    }
}
