package org.fusioncentre.coordination;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What issuing a directive needs.
 *
 * @param assigneeCommitteeIds committees directly below the issuer; empty means all of them
 * @param allSubordinates true to issue to every committee directly below, with no list
 */
public record NewDirective(
        UUID issuingCommitteeId,
        String title,
        @Nullable String description,
        LineOfEffort lineOfEffort,
        Theme theme,
        Priority priority,
        LocalDate dueDate,
        List<UUID> assigneeCommitteeIds,
        boolean allSubordinates,
        List<String> incidentIds,
        List<String> assessmentUnits) {
    public NewDirective {
        assigneeCommitteeIds = List.copyOf(assigneeCommitteeIds);
        incidentIds = List.copyOf(incidentIds);
        assessmentUnits = List.copyOf(assessmentUnits);
    }
}
