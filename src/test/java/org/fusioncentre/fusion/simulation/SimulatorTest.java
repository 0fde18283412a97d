package org.fusioncentre.fusion.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;
import org.fusioncentre.geo.gazetteer.Gazetteer;
import org.junit.jupiter.api.Test;

class SimulatorTest {
    private static final Simulator SIMULATOR = new Simulator(Gazetteer.fromClasspath());

    /**
     * A store keeps one text once, so a simulated set must not tell two incidents in one text:
     * the second would be taken for a duplicate and count as a report fusion missed.
     */
    @Test
    void noTwoReportsShareATextAndEachNamesASimulatedIncident() {
        Simulator.Result result = SIMULATOR.simulate(22, 300, LocalDate.of(2026, 1, 1));
        Set<String> incidents =
                result.incidents().stream().map(Simulator.SimulatedIncident::id).collect(Collectors.toSet());

        assertThat(result.reports()).extracting(Simulator.SimulatedReport::body).doesNotHaveDuplicates();
        assertThat(result.reports()).allSatisfy(report -> assertThat(incidents).containsAll(report.goldIncidents()));
    }

    @Test
    void theSameSeedWritesTheSameReports() {
        assertThat(SIMULATOR.simulate(5, 40, LocalDate.of(2026, 1, 1)))
                .isEqualTo(SIMULATOR.simulate(5, 40, LocalDate.of(2026, 1, 1)));
    }
}
