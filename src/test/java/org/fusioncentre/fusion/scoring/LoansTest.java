package org.fusioncentre.fusion.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fusioncentre.fusion.scoring.Observations.candidate;
import static org.fusioncentre.fusion.scoring.Observations.placedByDistrictOnly;

import java.util.List;
import java.util.Map;
import org.fusioncentre.extraction.EventType;
import org.fusioncentre.extraction.Observation;
import org.fusioncentre.geo.Geocoding;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Observations placed by their district alone are fused across a border when they match there: a
 * wire's "BANNU:" dateline report of the attack the police place in Lakki Marwat next door.
 */
class LoansTest {
    private static final String BANNU = "PK503";
    private static final String LAKKI_MARWAT = "PK519";
    private static final String PESHAWAR = "PK528";

    private static FusionAreas areas;
    private static PairScorer scorer;
    private static Loans loans;

    @BeforeAll
    static void shipped() {
        areas = FusionAreas.shipped(Geocoding.shipped());
        scorer = new PairScorer(PairWeights.shipped(), areas);
        loans = new Loans(scorer);
    }

    /** The wire's report: two policemen killed at a post, datelined Bannu, nothing finer. */
    private static Candidate wire(String district) {
        return placedByDistrictOnly(candidate(
                "o-wire",
                "r-wire",
                "Indus Wire",
                "2026-11-02T04:15:00Z",
                EventType.ARMED_ASSAULT,
                "2026-11-01",
                district,
                null,
                2L,
                null));
    }

    /** The police report of the same attack, at Naurang in Lakki Marwat. */
    private static Candidate police(String id, String district) {
        return candidate(
                id,
                "r-" + id,
                "KP Police",
                "2026-11-01T18:40:00Z",
                EventType.ARMED_ASSAULT,
                "2026-11-01",
                district,
                "Naurang",
                2L,
                null);
    }

    @Test
    void neighbouringDistrictsAreNoContradictionWhenOneIsOnlyADateline() {
        assertThat(areas.bordering(BANNU, LAKKI_MARWAT)).isTrue();
        assertThat(scorer.score(wire(BANNU), police("p1", LAKKI_MARWAT)))
                .isGreaterThanOrEqualTo(PairScorer.SAME_INCIDENT);
        // two districts named precisely are two incidents; so are a dateline and a district not next to it
        assertThat(scorer.score(police("p2", BANNU), police("p1", LAKKI_MARWAT)))
                .isEqualTo(PairScorer.CONTRADICTED);
        assertThat(areas.bordering(PESHAWAR, LAKKI_MARWAT)).isFalse();
        assertThat(scorer.score(wire(PESHAWAR), police("p1", LAKKI_MARWAT))).isEqualTo(PairScorer.CONTRADICTED);
    }

    @Test
    void aDatelineReportIsLentToTheNeighbourWhereItsIncidentIsPlaced() {
        Candidate wire = wire(BANNU);
        String block = loans.blockOf(
                wire, "D:" + BANNU, List.of(wire), Map.of("D:" + LAKKI_MARWAT, List.of(police("p1", LAKKI_MARWAT))));

        assertThat(block).isEqualTo("D:" + LAKKI_MARWAT);
    }

    @Test
    void itStaysHomeWhenItMatchesAsWellThere() {
        Candidate wire = wire(BANNU);
        Candidate atHome = police("p2", BANNU);

        String block = loans.blockOf(
                wire,
                "D:" + BANNU,
                List.of(wire, atHome),
                Map.of("D:" + LAKKI_MARWAT, List.of(police("p1", LAKKI_MARWAT))));

        assertThat(block).isEqualTo("D:" + BANNU);
    }

    @Test
    void itStaysHomeWhenNothingAcrossTheBorderIsTheSameIncident() {
        Candidate other = candidate(
                "p3",
                "r-p3",
                "KP Police",
                "2026-11-01T18:40:00Z",
                EventType.BOMBING,
                "2026-11-01",
                LAKKI_MARWAT,
                "Naurang",
                0L,
                null);
        // and an observation across the border placed only by its district takes no loan either
        Candidate vague = placedByDistrictOnly(police("p4", LAKKI_MARWAT));

        String block =
                loans.blockOf(wire(BANNU), "D:" + BANNU, List.of(), Map.of("D:" + LAKKI_MARWAT, List.of(other, vague)));

        assertThat(block).isEqualTo("D:" + BANNU);
    }

    @Test
    void onlyObservationsPlacedByTheirDistrictAloneAndDatedToAFewDaysAreLent() {
        assertThat(Loans.lendable(wire(BANNU).observation())).isTrue();
        assertThat(Loans.lendable(police("p1", LAKKI_MARWAT).observation())).isFalse();
        Observation o = wire(BANNU).observation();
        Observation lastWeek = new Observation(
                o.eventType(),
                o.eventTypeConfidence(),
                null,
                o.dateFrom().minusDays(6),
                o.dateTo(),
                org.fusioncentre.extraction.DatePrecision.WEEK,
                null,
                o.location(),
                o.killed(),
                null,
                null,
                List.of(),
                null,
                List.of(),
                0.9,
                "test",
                false);
        assertThat(Loans.lendable(lastWeek)).isFalse();
    }
}
