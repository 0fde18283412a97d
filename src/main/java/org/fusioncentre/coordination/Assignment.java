package org.fusioncentre.coordination;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One committee's share of a directive, and its workflow.
 *
 * @param acknowledgeBy when it is escalated if still unacknowledged
 * @param overdue whether its due date has passed and it is not done
 * @param cascadedDirectiveIds the child directives it was cascaded into
 * @param progress its own status's progress, or, once cascaded and until verified, the mean
 *     progress of the child directives' assignments
 */
public record Assignment(
        UUID id,
        UUID directiveId,
        UUID committeeId,
        AssignmentStatus status,
        @Nullable AssignmentStatus blockedFrom,
        LocalDate dueDate,
        Instant acknowledgeBy,
        Instant issuedAt,
        @Nullable Instant acknowledgedAt,
        @Nullable Instant completedAt,
        @Nullable Instant verifiedAt,
        boolean overdue,
        List<UUID> cascadedDirectiveIds,
        double progress,
        List<Step> steps,
        List<Evidence> evidence,
        List<Escalation> escalations) {
    public Assignment {
        cascadedDirectiveIds = List.copyOf(cascadedDirectiveIds);
        steps = List.copyOf(steps);
        evidence = List.copyOf(evidence);
        escalations = List.copyOf(escalations);
    }

    /** One step of the workflow: who moved it, from what to what, and why. */
    public record Step(
            UUID id,
            int seq,
            @Nullable AssignmentStatus from,
            AssignmentStatus to,
            @Nullable String note,
            String actor,
            Instant at) {}

    /** A statement or an attached file given with a step; file contents are served apart. */
    public record Evidence(
            UUID id,
            UUID stepId,
            @Nullable String text,
            @Nullable String filename,
            @Nullable String contentType,
            @Nullable Long sizeBytes,
            @Nullable String sha256) {}

    /** An escalation to the committee above: recorded once per cause, never cleared. */
    public record Escalation(UUID id, Cause cause, UUID toCommitteeId, Instant escalatedAt) {
        public enum Cause {
            UNACKNOWLEDGED,
            OVERDUE
        }
    }
}
