package org.fusioncentre.assessment.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the assessment module, prefix {@code fusion.assessment}.
 *
 * @param refresh reassess in the background: at start-up, once a day, and after incidents change
 *     (off for short commands, which assess when asked)
 * @param refreshInterval how often the background job looks for changed incidents or a new day
 */
@ConfigurationProperties("fusion.assessment")
public record AssessmentProperties(
        @DefaultValue("true") boolean refresh,
        @DefaultValue("5m") Duration refreshInterval) {
    public AssessmentProperties {
        if (refreshInterval.isNegative() || refreshInterval.isZero()) {
            throw new IllegalArgumentException("fusion.assessment.refresh-interval must be positive");
        }
    }
}
