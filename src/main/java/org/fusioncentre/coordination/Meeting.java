package org.fusioncentre.coordination;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A committee meeting: its agenda and the decisions it recorded, with the directives each set going. */
public record Meeting(
        UUID id,
        UUID committeeId,
        LocalDate heldOn,
        List<String> agenda,
        List<Decision> decisions,
        String recordedBy,
        Instant recordedAt) {
    public Meeting {
        agenda = List.copyOf(agenda);
        decisions = List.copyOf(decisions);
    }

    public record Decision(UUID id, int ordinal, String text, List<UUID> directiveIds) {
        public Decision {
            directiveIds = List.copyOf(directiveIds);
        }
    }
}
