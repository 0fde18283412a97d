package org.fusioncentre.intake;

import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * A page of reports, newest first.
 *
 * @param source only reports of this source (by name)
 * @param publishedFrom only reports published at or after this time
 * @param publishedTo only reports published before this time
 * @param cursor where the previous page ended (its {@link ReportPage#nextCursor()}), or null
 * @param limit page size, 1 to {@value #MAX_LIMIT}
 */
public record ReportQuery(
        @Nullable String source,
        @Nullable OffsetDateTime publishedFrom,
        @Nullable OffsetDateTime publishedTo,
        @Nullable String cursor,
        int limit) {

    public static final int MAX_LIMIT = 500;
    public static final int DEFAULT_LIMIT = 50;

    public ReportQuery {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT);
        }
        if (source != null) {
            source = SourceName.validate(source);
        }
    }
}
