package org.fusioncentre.assessment.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ThreatLevelTest {
    @Test
    void levelsFollowTheThresholdsOfTheIssue() {
        assertThat(ThreatLevel.of(0)).isEqualTo(ThreatLevel.LOW);
        assertThat(ThreatLevel.of(0.0999)).isEqualTo(ThreatLevel.LOW);
        assertThat(ThreatLevel.of(0.10)).isEqualTo(ThreatLevel.MODERATE);
        assertThat(ThreatLevel.of(0.3499)).isEqualTo(ThreatLevel.MODERATE);
        assertThat(ThreatLevel.of(0.35)).isEqualTo(ThreatLevel.SUBSTANTIAL);
        assertThat(ThreatLevel.of(0.6499)).isEqualTo(ThreatLevel.SUBSTANTIAL);
        assertThat(ThreatLevel.of(0.65)).isEqualTo(ThreatLevel.SEVERE);
        assertThat(ThreatLevel.of(0.90)).isEqualTo(ThreatLevel.SEVERE);
        assertThat(ThreatLevel.of(0.9001)).isEqualTo(ThreatLevel.CRITICAL);
        assertThat(ThreatLevel.of(1)).isEqualTo(ThreatLevel.CRITICAL);
    }

    @Test
    void rejectsProbabilitiesOutsideTheUnitInterval() {
        assertThatThrownBy(() -> ThreatLevel.of(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ThreatLevel.of(1.01)).isInstanceOf(IllegalArgumentException.class);
    }
}
