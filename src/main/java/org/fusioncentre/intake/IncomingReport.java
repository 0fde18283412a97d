package org.fusioncentre.intake;

import static java.util.Objects.requireNonNull;

import java.time.OffsetDateTime;
import org.fusioncentre.access.Marking;
import org.jspecify.annotations.Nullable;

/**
 * One report as read from any input, validated, before it is stored. Every reader produces this
 * same record.
 *
 * @param marking the marking the record carried; null means "the source's default"
 * @param incident a structured incident object as JSON text, for records that need no extraction
 * @param extra the record's fields this product does not know, as a JSON object, kept as received
 * @param raw the record exactly as received (a JSON line, a CSV row, the HTML page, the feed item)
 */
public record IncomingReport(
        String source,
        @Nullable String externalId,
        @Nullable String url,
        @Nullable OffsetDateTime publishedAt,
        @Nullable String title,
        @Nullable String body,
        @Nullable String language,
        @Nullable Marking marking,
        @Nullable String incident,
        @Nullable String extra,
        String raw,
        ReportFormat format) {

    public IncomingReport {
        source = SourceName.validate(source);
        requireNonNull(raw, "raw is null");
        requireNonNull(format, "format is null");
        if (isBlank(body) && incident == null) {
            throw new IllegalArgumentException("a report needs a 'body' or a structured 'incident'");
        }
    }

    /** What the content hash is computed over: the body, or the incident for structured records. */
    public ContentHash contentHash() {
        return ContentHash.of(isBlank(body) ? requireNonNull(incident) : body);
    }

    private static boolean isBlank(@Nullable String text) {
        return text == null || text.isBlank();
    }
}
