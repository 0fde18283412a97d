package org.fusioncentre.intake.internal;

import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the intake module, prefix {@code fusion.intake}.
 *
 * @param maxReportBytes the largest record accepted as received (a JSON line, a file), in bytes
 * @param batchSize records stored per transaction during imports
 * @param zone the zone of dates written without an offset
 * @param maxRequestBytes the largest API request body, in bytes
 */
@ConfigurationProperties("fusion.intake")
public record IntakeProperties(
        @DefaultValue("1000000") long maxReportBytes,
        @DefaultValue("1000") int batchSize,
        @DefaultValue("Asia/Karachi") ZoneId zone,
        @DefaultValue("67108864") long maxRequestBytes) {

    public IntakeProperties {
        if (maxReportBytes < 1_000 || maxReportBytes > 1_000_000) {
            // 1,000,000 is the most both databases hold in one VARCHAR value (H2's limit).
            throw new IllegalArgumentException("fusion.intake.max-report-bytes must be between 1000 and 1000000");
        }
        if (batchSize < 1 || batchSize > 10_000) {
            throw new IllegalArgumentException("fusion.intake.batch-size must be between 1 and 10000");
        }
        if (maxRequestBytes < maxReportBytes || maxRequestBytes > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException(
                    "fusion.intake.max-request-bytes must be at least max-report-bytes and below 2 GB");
        }
    }
}
