package org.fusioncentre.intake.reader;

import static java.util.Objects.requireNonNull;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fusioncentre.access.Marking;
import org.fusioncentre.intake.IncomingReport;
import org.fusioncentre.intake.ReportFormat;
import org.fusioncentre.intake.SourceName;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns one report record in the input shape of DESIGN §5 into an {@link IncomingReport}. Every
 * reader that sees fields (JSON, JSONL, CSV) ends here, so the rules are the same whatever the
 * format: {@code source} and {@code body} are required unless a structured {@code incident} is
 * given; dates must parse; unknown fields are kept, not dropped.
 */
final class RecordParser {
    static final Set<String> KNOWN_FIELDS = Set.of(
            "source",
            "external_id",
            "url",
            "published_at",
            "title",
            "body",
            "language",
            "marking",
            "recipients",
            "incident");
    static final int MAX_EXTERNAL_ID = 500;
    static final int MAX_URL = 2000;
    static final int MAX_TITLE = 2000;

    private final JsonMapper json;
    private final ReaderSettings settings;

    RecordParser(JsonMapper json, ReaderSettings settings) {
        this.json = requireNonNull(json, "json is null");
        this.settings = requireNonNull(settings, "settings is null");
    }

    /**
     * @throws IllegalArgumentException with a reason a person can act on when the record is not a
     *     valid report
     */
    IncomingReport parse(JsonNode node, String raw, ReportFormat format) {
        if (!node.isObject()) {
            throw new IllegalArgumentException("a report must be a JSON object, not " + describe(node));
        }
        String source = text(node, "source", SourceName.MAX_LENGTH);
        if (source == null || source.isBlank()) {
            source = settings.options().defaultSource();
        }
        if (source == null) {
            throw new IllegalArgumentException("missing required field 'source'");
        }
        String body = text(node, "body", Integer.MAX_VALUE);
        if (body != null && Text.looksBinary(body)) {
            throw new IllegalArgumentException("'body' contains control characters: binary content is not a report");
        }
        JsonNode incidentNode = node.get("incident");
        String incident = null;
        if (incidentNode != null && !incidentNode.isNull()) {
            if (!incidentNode.isObject()) {
                throw new IllegalArgumentException("'incident' must be a JSON object, not " + describe(incidentNode));
            }
            incident = json.writeValueAsString(incidentNode);
        }
        if ((body == null || body.isBlank()) && incident == null) {
            throw new IllegalArgumentException("neither 'body' nor a structured 'incident' is given");
        }
        String published = text(node, "published_at", 100);
        OffsetDateTime publishedAt = published == null || published.isBlank() ? null : parseDate(published);
        String markingText = text(node, "marking", 40);
        Marking marking = markingText == null || markingText.isBlank()
                ? settings.options().defaultMarking()
                : parseMarking(markingText);
        return new IncomingReport(
                source,
                Text.blankToNull(text(node, "external_id", MAX_EXTERNAL_ID)),
                Text.blankToNull(text(node, "url", MAX_URL)),
                publishedAt,
                Text.blankToNull(text(node, "title", MAX_TITLE)),
                body,
                Text.blankToNull(text(node, "language", 20)),
                marking,
                recipients(node.get("recipients")),
                incident,
                unknownFields((ObjectNode) node),
                raw,
                format);
    }

    private OffsetDateTime parseDate(String text) {
        try {
            return Timestamps.parse(text, settings.zone());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'published_at': " + e.getMessage(), e);
        }
    }

    private static List<String> recipients(@Nullable JsonNode node) {
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            throw new IllegalArgumentException("'recipients' must be an array of usernames or organisation names");
        }
        List<String> names = new java.util.ArrayList<>();
        for (JsonNode name : node) {
            if (!name.isString()) {
                throw new IllegalArgumentException("'recipients' must hold names (strings), not " + describe(name));
            }
            names.add(name.stringValue());
        }
        try {
            return IncomingReport.recipients(names);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'recipients': " + e.getMessage(), e);
        }
    }

    private static Marking parseMarking(String text) {
        try {
            return Marking.parse(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'marking': " + e.getMessage(), e);
        }
    }

    private @Nullable String unknownFields(ObjectNode node) {
        ObjectNode extra = json.createObjectNode();
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            if (!KNOWN_FIELDS.contains(field.getKey())) {
                extra.set(field.getKey(), field.getValue());
            }
        }
        return extra.isEmpty() ? null : json.writeValueAsString(extra);
    }

    /** A string field; numbers are accepted as their text (external ids often are numbers). */
    private static @Nullable String text(JsonNode node, String field, int maxLength) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        String text;
        if (value.isString()) {
            text = value.stringValue();
        } else if (value.isNumber() || value.isBoolean()) {
            text = value.asString();
        } else {
            throw new IllegalArgumentException("'" + field + "' must be a string, not " + describe(value));
        }
        if (text.length() > maxLength) {
            throw new IllegalArgumentException("'" + field + "' is longer than " + maxLength + " characters");
        }
        return text;
    }

    private static String describe(JsonNode node) {
        if (node.isArray()) {
            return "an array";
        }
        if (node.isObject()) {
            return "an object";
        }
        if (node.isNumber()) {
            return "a number";
        }
        if (node.isBoolean()) {
            return "a boolean";
        }
        return node.isString() ? "a string" : "null";
    }
}
