package org.fusioncentre.coordination.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of coordination, prefix {@code fusion.coordination}.
 *
 * @param acknowledgeWithin how long a committee has to acknowledge an assignment before it is
 *     escalated (default 48 hours)
 * @param escalation whether the service escalates on its own schedule
 * @param escalationInterval how often it looks for late assignments
 * @param maxEvidenceBytes the largest evidence file accepted
 */
@ConfigurationProperties("fusion.coordination")
public record CoordinationProperties(
        @DefaultValue("48h") Duration acknowledgeWithin,
        @DefaultValue("true") boolean escalation,
        @DefaultValue("15m") Duration escalationInterval,
        @DefaultValue("10485760") long maxEvidenceBytes) {
    public CoordinationProperties {
        if (acknowledgeWithin.isNegative() || acknowledgeWithin.isZero()) {
            throw new IllegalArgumentException("fusion.coordination.acknowledge-within must be positive");
        }
        if (maxEvidenceBytes < 1) {
            throw new IllegalArgumentException("fusion.coordination.max-evidence-bytes must be positive");
        }
    }
}
