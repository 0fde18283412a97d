package org.fusioncentre.intake;

import static java.util.Objects.requireNonNull;

import java.time.OffsetDateTime;
import java.util.List;
import org.fusioncentre.access.Marking;
import org.jspecify.annotations.Nullable;

/**
 * One report as read from any input, validated, before it is stored. Every reader produces this
 * same record.
 *
 * @param marking the marking the record carried; null means "the source's default"
 * @param recipients for a RED report, the usernames and organisation names it is shared with
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
        List<String> recipients,
        @Nullable String incident,
        @Nullable String extra,
        String raw,
        ReportFormat format) {

    public IncomingReport {
        source = SourceName.validate(source);
        requireNonNull(raw, "raw is null");
        requireNonNull(format, "format is null");
        recipients = recipients(recipients);
        if (isBlank(body) && incident == null) {
            throw new IllegalArgumentException("a report needs a 'body' or a structured 'incident'");
        }
    }

    /** What the content hash is computed over: the body, or the incident for structured records. */
    public ContentHash contentHash() {
        return ContentHash.of(isBlank(body) ? requireNonNull(incident) : body);
    }

    /**
     * Recipients as stored: stripped, blanks and repeats dropped, in the order given.
     *
     * @throws IllegalArgumentException for more than {@value #MAX_RECIPIENTS} names or a name that
     *     is too long or spans lines
     */
    public static List<String> recipients(List<String> names) {
        java.util.LinkedHashMap<String, String> kept = new java.util.LinkedHashMap<>();
        for (String name : names) {
            if (name == null || name.isBlank()) {
                continue;
            }
            String stripped = name.strip();
            if (stripped.length() > 200 || stripped.contains("\n") || stripped.contains("\r")) {
                throw new IllegalArgumentException("a recipient is one line of at most 200 characters");
            }
            kept.putIfAbsent(stripped.toLowerCase(java.util.Locale.ROOT), stripped);
        }
        if (kept.size() > MAX_RECIPIENTS) {
            throw new IllegalArgumentException("a report names at most " + MAX_RECIPIENTS + " recipients");
        }
        return List.copyOf(kept.values());
    }

    public static final int MAX_RECIPIENTS = 50;

    private static boolean isBlank(@Nullable String text) {
        return text == null || text.isBlank();
    }
}
