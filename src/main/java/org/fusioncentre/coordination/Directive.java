package org.fusioncentre.coordination;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A direction from a committee to the committees below it. Each recipient holds an assignment;
 * a provincial committee may cascade its assignment to its districts as a child directive.
 *
 * @param parentAssignmentId for a cascaded directive, the assignment it carries further down
 * @param decisionId the meeting decision that created it, if any
 * @param progress the mean progress of its assignments, from 0 to 1
 */
public record Directive(
        UUID id,
        UUID issuingCommitteeId,
        @Nullable UUID parentAssignmentId,
        @Nullable UUID decisionId,
        String title,
        String description,
        LineOfEffort lineOfEffort,
        Theme theme,
        Priority priority,
        LocalDate dueDate,
        List<String> incidentIds,
        List<String> assessmentUnits,
        String issuedBy,
        Instant issuedAt,
        List<Assignment> assignments,
        double progress) {
    public Directive {
        incidentIds = List.copyOf(incidentIds);
        assessmentUnits = List.copyOf(assessmentUnits);
        assignments = List.copyOf(assignments);
    }
}
