package org.fusioncentre.fusion.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fusioncentre.fusion.scoring.Observations.candidate;

import java.util.List;
import org.fusioncentre.extraction.EventType;
import org.fusioncentre.fusion.Incident;
import org.fusioncentre.fusion.IncidentId;
import org.junit.jupiter.api.Test;

class IncidentFuserTest {
    private final IncidentFuser fuser = new IncidentFuser();

    private final List<Candidate> reports = List.of(
            candidate(
                    "o1",
                    "r1",
                    "Police",
                    "2026-05-04T09:00:00Z",
                    EventType.BOMBING,
                    "2026-05-04",
                    "PK503",
                    "Domel",
                    3L,
                    "TTP"),
            candidate(
                    "o2",
                    "r2",
                    "Dawn",
                    "2026-05-04T15:00:00Z",
                    EventType.BOMBING,
                    "2026-05-04",
                    "PK503",
                    "Domel",
                    5L,
                    "TTP"),
            candidate(
                    "o3",
                    "r3",
                    "Wire",
                    "2026-05-05T03:00:00Z",
                    EventType.ARMED_ASSAULT,
                    "2026-05-04",
                    "PK503",
                    null,
                    7L,
                    "ISKP"));

    @Test
    void takesTheLatestFigureAsBestAndTheRangeOverAllReports() {
        Incident incident = fuser.fuse(reports);

        assertThat(incident.killed()).isEqualTo(new Incident.Range(3, 7, 7));
        assertThat(incident.eventType()).isEqualTo(EventType.BOMBING);
        assertThat(incident.date()).hasToString("2026-05-04");
        assertThat(incident.location().districtPcode()).isEqualTo("PK503");
        assertThat(incident.perpetrator().code()).isEqualTo("TTP");
    }

    @Test
    void countsIndependentSourcesAndListsWhoSaidWhat() {
        Incident incident = fuser.fuse(reports);

        assertThat(incident.corroboration()).isEqualTo(new Incident.Corroboration(3, 3, false));
        assertThat(incident.conflicts())
                .extracting(Incident.Conflict::field)
                .containsExactly("event_type", "killed", "perpetrator");
        Incident.Conflict killed = incident.conflicts().get(1);
        assertThat(killed.claims())
                .containsExactly(
                        new Incident.Claim("3", List.of("Police")),
                        new Incident.Claim("5", List.of("Dawn")),
                        new Incident.Claim("7", List.of("Wire")));
    }

    @Test
    void theIdIsTheEarliestReportsAndDoesNotDependOnOrder() {
        Incident incident = fuser.fuse(reports);
        Incident reversed = fuser.fuse(reports.reversed());

        assertThat(incident.id()).isEqualTo(IncidentId.ofAnchor("r1", 0)).isEqualTo(reversed.id());
        assertThat(reversed).isEqualTo(incident);
    }

    /** A report that only recalls the incident is listed with it and counts for none of its values. */
    @Test
    void aReportThatRecallsTheIncidentIsListedButNotCounted() {
        List<Candidate> withRecollection = new java.util.ArrayList<>(reports);
        Candidate feature = Observations.recalled(candidate(
                "o0",
                "r0",
                "Monthly",
                "2026-05-03T09:00:00Z",
                EventType.SUICIDE_ATTACK,
                "2026-05-04",
                "PK503",
                null,
                40L,
                "BLA"));
        withRecollection.add(feature);

        Incident incident = fuser.fuse(withRecollection);
        Incident without = fuser.fuse(reports);

        assertThat(incident.members()).hasSize(4);
        assertThat(incident.members())
                .filteredOn(Incident.Member::recalled)
                .extracting(Incident.Member::observationId)
                .containsExactly("o0");
        assertThat(incident.reporting())
                .extracting(Incident.Member::observationId)
                .containsExactly("o1", "o2", "o3");
        assertThat(incident.id()).isEqualTo(without.id());
        assertThat(incident.corroboration()).isEqualTo(without.corroboration());
        assertThat(incident.killed()).isEqualTo(without.killed());
        assertThat(incident.eventType()).isEqualTo(without.eventType());
        assertThat(incident.perpetrator()).isEqualTo(without.perpetrator());
        assertThat(incident.conflicts()).isEqualTo(without.conflicts());

        // recalled and nothing else: what the recollection says is all there is
        Incident alone = fuser.fuse(List.of(feature));
        assertThat(alone.reporting()).hasSize(1);
        assertThat(alone.killed()).isEqualTo(new Incident.Range(40, 40, 40));
    }

    /** A new extractor version gives the observations new ids; the incident keeps its own. */
    @Test
    void theIdDoesNotMoveWhenANewExtractorVersionRenamesTheObservations() {
        List<Candidate> renamed = reports.stream()
                .map(c -> new Candidate(
                        c.observationId() + "-v2",
                        c.reportId(),
                        c.ordinal(),
                        c.externalId(),
                        c.sourceName(),
                        c.published(),
                        c.reliability(),
                        c.official(),
                        c.observation(),
                        c.terms()))
                .toList();

        assertThat(fuser.fuse(renamed).id()).isEqualTo(fuser.fuse(reports).id());
    }
}
