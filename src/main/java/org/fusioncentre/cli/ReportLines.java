package org.fusioncentre.cli;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.fusioncentre.extraction.Observation;
import org.fusioncentre.extraction.TextExtractor;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** Reading one report line of DESIGN §5 for the commands that extract without storing. */
final class ReportLines {
    private static final ZoneId PAKISTAN = ZoneId.of("Asia/Karachi");

    private ReportLines() {}

    /** The report's own identifier: {@code external_id}, or {@code id} as gold sets name it. */
    static @Nullable String externalId(JsonNode report) {
        for (String field : List.of("external_id", "id")) {
            JsonNode value = report.path(field);
            if (value.isString() || value.isNumber()) {
                return value.asString();
            }
        }
        return null;
    }

    static List<Observation> extract(TextExtractor extractor, JsonNode report) {
        String body = report.path("body").asString("");
        String title = report.path("title").isString() ? report.path("title").asString() : null;
        return extractor.extract(title, body, published(report));
    }

    /**
     * The publication time in Pakistan time; now when the report gives none.
     *
     * @throws DateTimeParseException when {@code published_at} is not an ISO date-time
     */
    static LocalDateTime published(JsonNode report) {
        String text = report.path("published_at").asString("");
        if (text.isBlank()) {
            return LocalDateTime.now(PAKISTAN);
        }
        try {
            return OffsetDateTime.parse(text).atZoneSameInstant(PAKISTAN).toLocalDateTime();
        } catch (DateTimeParseException e) {
            return LocalDateTime.parse(text);
        }
    }
}
