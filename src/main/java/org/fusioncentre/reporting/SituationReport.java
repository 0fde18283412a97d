package org.fusioncentre.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A jurisdiction's situation on a day: what happened in the day and the week before it, which
 * threat levels changed over the week, which directives fall due or are overdue, and the counts
 * behind the trend chart.
 *
 * @param levels the level in force of every district in the jurisdiction, for the map
 * @param dailyCounts incidents per day over the 30 days up to the report's day, oldest first
 */
public record SituationReport(
        String jurisdictionPcode,
        String jurisdictionName,
        LocalDate date,
        Instant generatedAt,
        String preparedFor,
        List<IncidentLine> lastDay,
        List<IncidentLine> lastWeek,
        List<LevelChange> levelChanges,
        Map<String, String> levels,
        List<DirectiveLine> due,
        List<DirectiveLine> overdue,
        List<Integer> dailyCounts) {
    public SituationReport {
        lastDay = List.copyOf(lastDay);
        lastWeek = List.copyOf(lastWeek);
        levelChanges = List.copyOf(levelChanges);
        levels = Map.copyOf(levels);
        due = List.copyOf(due);
        overdue = List.copyOf(overdue);
        dailyCounts = List.copyOf(dailyCounts);
    }

    public record IncidentLine(
            String incidentId,
            LocalDate date,
            @Nullable String districtPcode,
            String place,
            String eventType,
            long killed,
            long injured,
            @Nullable String perpetrator,
            int sources,
            @Nullable Double lat,
            @Nullable Double lon) {}

    public record LevelChange(String unitPcode, String unitName, String from, String to) {}

    public record DirectiveLine(
            String directiveId, String title, String committee, String status, LocalDate dueDate, double progress) {}
}
