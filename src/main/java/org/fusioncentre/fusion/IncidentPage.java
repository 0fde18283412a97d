package org.fusioncentre.fusion;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** One page of incidents, oldest first, and the cursor of the next page (null on the last). */
public record IncidentPage(List<Incident> items, @Nullable String nextCursor) {
    public IncidentPage {
        items = List.copyOf(items);
    }
}
