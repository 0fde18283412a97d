package org.fusioncentre.coordination;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * How a committee and those below it carry out what they were given: counts by committee and by
 * line of effort, the medians of time to acknowledge and to complete, and the oldest overdue.
 */
public record Compliance(
        UUID committeeId,
        LocalDate asOf,
        Counts total,
        List<ByCommittee> byCommittee,
        List<ByLine> byLineOfEffort,
        List<Overdue> oldestOverdue) {
    /**
     * @param issued assignments received
     * @param medianHoursToAcknowledge over acknowledged assignments; null when none is
     * @param medianHoursToComplete from issue to completion, over completed ones; null when none is
     */
    public record Counts(
            long issued,
            long acknowledged,
            long completed,
            long verified,
            long blocked,
            long overdue,
            @Nullable Double medianHoursToAcknowledge,
            @Nullable Double medianHoursToComplete) {}

    public record ByCommittee(UUID committeeId, String name, String jurisdictionPcode, Counts counts) {}

    public record ByLine(LineOfEffort lineOfEffort, Counts counts) {}

    public record Overdue(
            UUID assignmentId, UUID directiveId, String title, UUID committeeId, LocalDate dueDate, long daysOverdue) {}
}
