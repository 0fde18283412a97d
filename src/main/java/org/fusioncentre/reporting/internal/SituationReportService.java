package org.fusioncentre.reporting.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Pattern;
import org.fusioncentre.access.Audience;
import org.fusioncentre.access.NotPermitted;
import org.fusioncentre.assessment.Assessment;
import org.fusioncentre.assessment.Assessments;
import org.fusioncentre.coordination.Assignment;
import org.fusioncentre.coordination.Committee;
import org.fusioncentre.coordination.Coordination;
import org.fusioncentre.coordination.Directive;
import org.fusioncentre.fusion.Fusion;
import org.fusioncentre.fusion.Incident;
import org.fusioncentre.fusion.IncidentQuery;
import org.fusioncentre.geo.AdminUnit;
import org.fusioncentre.geo.Geocoding;
import org.fusioncentre.geo.PCode;
import org.fusioncentre.reporting.SituationReport;
import org.fusioncentre.reporting.SituationReports;
import org.springframework.stereotype.Service;

/** Assembles situation reports from the other modules, as the reader sees them, and renders them. */
@Service
class SituationReportService implements SituationReports {
    private static final ZoneId PAKISTAN = ZoneId.of("Asia/Karachi");
    private static final Pattern JURISDICTION = Pattern.compile("PK|PK[1-7]|PK[1-7]\\d{2}");
    private static final int TREND_DAYS = 30;
    private static final int DUE_WITHIN_DAYS = 7;

    private final Fusion fusion;
    private final Assessments assessments;
    private final Coordination coordination;
    private final Geocoding geocoding;
    private final Clock clock;
    private final SitrepRenderer renderer;

    SituationReportService(
            Fusion fusion, Assessments assessments, Coordination coordination, Geocoding geocoding, Clock clock) {
        this.fusion = fusion;
        this.assessments = assessments;
        this.coordination = coordination;
        this.geocoding = geocoding;
        this.clock = clock;
        this.renderer = new SitrepRenderer(geocoding);
    }

    @Override
    public SituationReport build(String jurisdictionPcode, LocalDate date, Audience audience) {
        String code = jurisdictionPcode == null ? "" : jurisdictionPcode.strip().toUpperCase(java.util.Locale.ROOT);
        String name = name(code);
        LocalDate today = LocalDate.now(clock.withZone(PAKISTAN));
        if (date.isAfter(today)) {
            throw new IllegalArgumentException(
                    "a situation report is for a day up to today (" + today + "), not " + date);
        }
        if (!audience.seesEverything() && !audience.jurisdiction().contains(code)) {
            throw new NotPermitted(name + " lies outside the jurisdiction "
                    + audience.jurisdiction().code() + " of " + audience.name());
        }
        List<Incident> month = incidents(code, date.minusDays(TREND_DAYS - 1L), date, audience);
        List<SituationReport.IncidentLine> week = new ArrayList<>();
        List<SituationReport.IncidentLine> day = new ArrayList<>();
        int[] counts = new int[TREND_DAYS];
        for (Incident incident : month) {
            LocalDate on = incident.date() != null ? incident.date() : incident.dateFrom();
            if (on.isBefore(date.minusDays(TREND_DAYS - 1L)) || on.isAfter(date)) {
                continue;
            }
            counts[(int) java.time.temporal.ChronoUnit.DAYS.between(date.minusDays(TREND_DAYS - 1L), on)]++;
            if (!on.isBefore(date.minusDays(6))) {
                SituationReport.IncidentLine line = line(incident, on);
                week.add(line);
                if (on.equals(date)) {
                    day.add(line);
                }
            }
        }
        Comparator<SituationReport.IncidentLine> newestFirst = Comparator.comparing(SituationReport.IncidentLine::date)
                .reversed()
                .thenComparing(SituationReport.IncidentLine::incidentId);
        week.sort(newestFirst);
        day.sort(newestFirst);

        Map<String, String> levels = new TreeMap<>();
        List<SituationReport.LevelChange> changes = new ArrayList<>();
        Map<String, Assessment> now = byUnit(assessments.seenBy(date, audience), code);
        Map<String, Assessment> before = byUnit(assessments.seenBy(date.minusDays(7), audience), code);
        for (Assessment assessment : now.values()) {
            if (assessment.unitLevel() == Assessment.UnitLevel.DISTRICT) {
                levels.put(assessment.unitPcode(), assessment.level().name());
            }
            Assessment earlier = before.get(assessment.unitPcode());
            if (earlier != null && earlier.level() != assessment.level()) {
                changes.add(new SituationReport.LevelChange(
                        assessment.unitPcode(),
                        unitName(assessment.unitPcode()),
                        earlier.level().name(),
                        assessment.level().name()));
            }
        }

        List<SituationReport.DirectiveLine> due = new ArrayList<>();
        List<SituationReport.DirectiveLine> overdue = new ArrayList<>();
        Map<UUID, Committee> committees = new HashMap<>();
        coordination.committees().forEach(committee -> committees.put(committee.id(), committee));
        for (Directive directive : coordination.directives(null, null, false, audience)) {
            for (Assignment assignment : directive.assignments()) {
                Committee holder = committees.get(assignment.committeeId());
                if (holder == null
                        || !holder.jurisdictionPcode().startsWith(code)
                        || assignment.status().done()) {
                    continue;
                }
                SituationReport.DirectiveLine line = new SituationReport.DirectiveLine(
                        directive.id().toString(),
                        directive.title(),
                        holder.name(),
                        assignment.status().name(),
                        assignment.dueDate(),
                        assignment.progress());
                if (assignment.dueDate().isBefore(date)) {
                    overdue.add(line);
                } else if (!assignment.dueDate().isAfter(date.plusDays(DUE_WITHIN_DAYS))) {
                    due.add(line);
                }
            }
        }
        Comparator<SituationReport.DirectiveLine> byDue = Comparator.comparing(SituationReport.DirectiveLine::dueDate)
                .thenComparing(SituationReport.DirectiveLine::committee);
        due.sort(byDue);
        overdue.sort(byDue);
        List<Integer> daily = new ArrayList<>();
        for (int count : counts) {
            daily.add(count);
        }
        return new SituationReport(
                code, name, date, clock.instant(), audience.name(), day, week, changes, levels, due, overdue, daily);
    }

    private String name(String code) {
        if (!JURISDICTION.matcher(code).matches()) {
            throw new IllegalArgumentException(
                    "jurisdiction '" + code + "' is not PK (national), a province (PK1-PK7) or a district (PKxyy)");
        }
        if (code.equals("PK")) {
            return "Pakistan";
        }
        return geocoding
                .unit(PCode.of(code))
                .map(AdminUnit::name)
                .orElseThrow(() -> new IllegalArgumentException("no province or district " + code));
    }

    private String unitName(String pcode) {
        try {
            return geocoding.unit(PCode.of(pcode)).map(AdminUnit::name).orElse(pcode);
        } catch (IllegalArgumentException e) {
            return pcode;
        }
    }

    private static Map<String, Assessment> byUnit(List<Assessment> assessments, String code) {
        Map<String, Assessment> byUnit = new TreeMap<>();
        for (Assessment assessment : assessments) {
            if (assessment.unitPcode().startsWith(code)) {
                byUnit.put(assessment.unitPcode(), assessment);
            }
        }
        return byUnit;
    }

    /** The incidents in the jurisdiction overlapping the days, as the reader sees them. */
    private List<Incident> incidents(String code, LocalDate from, LocalDate to, Audience audience) {
        return fusion.allIncidents(IncidentQuery.within(code, from, to), audience, 20_000);
    }

    private SituationReport.IncidentLine line(Incident incident, LocalDate on) {
        var location = incident.location();
        String district = location == null ? null : location.districtPcode();
        String place = location == null
                ? "unknown place"
                : location.place() != null
                        ? location.place()
                        : district != null
                                ? unitName(district)
                                : location.provincePcode() != null
                                        ? unitName(location.provincePcode())
                                        : "unknown place";
        boolean located = location != null && (location.lat() != 0 || location.lon() != 0);
        return new SituationReport.IncidentLine(
                incident.id().toString(),
                on,
                district,
                place,
                incident.eventType().name(),
                incident.killed() == null ? 0 : incident.killed().best(),
                incident.injured() == null ? 0 : incident.injured().best(),
                incident.perpetrator() == null ? null : incident.perpetrator().code(),
                incident.corroboration().sources(),
                located ? location.lat() : null,
                located ? location.lon() : null);
    }

    @Override
    public String html(SituationReport report) {
        return renderer.html(report);
    }

    @Override
    public byte[] pdf(SituationReport report) {
        return renderer.pdf(report);
    }
}
