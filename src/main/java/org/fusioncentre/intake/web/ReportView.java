package org.fusioncentre.intake.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.fusioncentre.intake.Report;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A report as the API shows it (snake_case through the application's naming strategy); lists leave
 * out the raw record, which can be large.
 */
record ReportView(
        String id,
        String source,
        String sourceId,
        @Nullable String externalId,
        @Nullable String url,
        @Nullable OffsetDateTime publishedAt,
        @Nullable String title,
        @Nullable String body,
        @Nullable String language,
        String marking,
        String contentHash,
        @Nullable JsonNode incident,
        @Nullable JsonNode extra,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String raw,
        String format,
        String origin,
        Instant receivedAt) {

    static ReportView of(Report report, boolean withRaw, JsonMapper json) {
        return new ReportView(
                report.id().toString(),
                report.sourceName(),
                report.sourceId().toString(),
                report.externalId(),
                report.url(),
                report.publishedAt(),
                report.title(),
                report.body(),
                report.language(),
                report.marking().tlp(),
                report.contentHash().hex(),
                report.incident() == null ? null : json.readTree(report.incident()),
                report.extra() == null ? null : json.readTree(report.extra()),
                withRaw ? report.raw() : null,
                report.format().name().toLowerCase(java.util.Locale.ROOT),
                report.origin(),
                report.receivedAt());
    }
}
