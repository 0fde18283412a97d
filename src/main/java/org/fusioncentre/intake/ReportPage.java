package org.fusioncentre.intake;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** One page of reports and the cursor of the next page (null on the last page). */
public record ReportPage(List<Report> items, @Nullable String nextCursor) {
    public ReportPage {
        requireNonNull(items, "items is null");
        items = List.copyOf(items);
    }
}
