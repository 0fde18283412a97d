package org.fusioncentre.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.fusioncentre.access.Audience;
import org.fusioncentre.assessment.Assessment;
import org.fusioncentre.assessment.Assessments;
import org.fusioncentre.fusion.Fusion;
import org.fusioncentre.fusion.Incident;
import org.fusioncentre.fusion.IncidentQuery;
import org.fusioncentre.geo.Geocoding;
import org.fusioncentre.reporting.SituationReport;
import org.fusioncentre.reporting.SituationReports;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The dashboard of the signed-in account's jurisdiction: the situation report's facts on the page,
 * the map and the trend chart drawn by the browser from the two JSON answers below.
 */
@Controller
class DashboardPage {
    private static final ZoneId PAKISTAN = ZoneId.of("Asia/Karachi");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final SituationReports reports;
    private final Fusion fusion;
    private final Assessments assessments;
    private final Geocoding geocoding;
    private volatile JsonNode districts;

    DashboardPage(SituationReports reports, Fusion fusion, Assessments assessments, Geocoding geocoding) {
        this.reports = reports;
        this.fusion = fusion;
        this.assessments = assessments;
        this.geocoding = geocoding;
    }

    @GetMapping("/")
    String dashboard(Audience audience, Model model) {
        SituationReport report = reports.build(audience.jurisdiction().code(), today(), audience);
        model.addAttribute("report", report);
        return "dashboard";
    }

    /**
     * The districts of the jurisdiction with their level in force, and the located incidents of the
     * last 30 days: what the map draws.
     */
    @GetMapping(path = "/ui/map", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    String map(Audience audience) {
        String code = audience.jurisdiction().code();
        LocalDate today = today();
        Map<String, String> levels = new TreeMap<>();
        for (Assessment assessment : assessments.seenBy(today, audience)) {
            if (assessment.unitLevel() == Assessment.UnitLevel.DISTRICT) {
                levels.put(assessment.unitPcode(), assessment.level().name());
            }
        }
        ObjectNode answer = JSON.createObjectNode();
        ObjectNode collection = answer.putObject("districts").put("type", "FeatureCollection");
        ArrayNode features = collection.putArray("features");
        for (JsonNode feature : districts().get("features")) {
            String pcode = feature.get("properties").get("pcode").asString();
            if (pcode.startsWith(code)) {
                ObjectNode copy = (ObjectNode) feature.deepCopy();
                ((ObjectNode) copy.get("properties")).put("level", levels.getOrDefault(pcode, "UNKNOWN"));
                features.add(copy);
            }
        }
        ArrayNode incidents = answer.putArray("incidents");
        for (Incident incident : incidents(code, today.minusDays(29), today, audience)) {
            var location = incident.location();
            if (location == null || location.lat() == 0 && location.lon() == 0) {
                continue;
            }
            incidents
                    .addObject()
                    .put("id", incident.id().toString())
                    .put("lat", location.lat())
                    .put("lon", location.lon())
                    .put("date", String.valueOf(incident.date() != null ? incident.date() : incident.dateFrom()))
                    .put("type", incident.eventType().name())
                    .put(
                            "killed",
                            incident.killed() == null ? 0 : incident.killed().best());
        }
        return JSON.writeValueAsString(answer);
    }

    /** Incidents per day and event type over the last 7, 30 or 90 days, for uPlot. */
    @GetMapping(path = "/ui/trend", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    String trend(@RequestParam(defaultValue = "30") int days, Audience audience) {
        int span = days <= 7 ? 7 : days <= 30 ? 30 : 90;
        LocalDate today = today();
        LocalDate first = today.minusDays(span - 1L);
        Map<String, long[]> byType = new TreeMap<>();
        for (Incident incident : incidents(audience.jurisdiction().code(), first, today, audience)) {
            LocalDate on = incident.date() != null ? incident.date() : incident.dateFrom();
            if (on.isBefore(first) || on.isAfter(today)) {
                continue;
            }
            byType.computeIfAbsent(incident.eventType().name(), type -> new long[span])[
                    (int) java.time.temporal.ChronoUnit.DAYS.between(first, on)]++;
        }
        ObjectNode answer = JSON.createObjectNode();
        ArrayNode x = answer.putArray("days");
        for (int i = 0; i < span; i++) {
            x.add(first.plusDays(i).atStartOfDay().toEpochSecond(ZoneOffset.UTC));
        }
        ArrayNode series = answer.putArray("series");
        Map<String, long[]> ordered = new LinkedHashMap<>(byType);
        ordered.forEach((type, counts) -> {
            ObjectNode one = series.addObject().put("type", type);
            ArrayNode values = one.putArray("counts");
            for (long count : counts) {
                values.add(count);
            }
        });
        return JSON.writeValueAsString(answer);
    }

    private List<Incident> incidents(String code, LocalDate from, LocalDate to, Audience audience) {
        return fusion.allIncidents(IncidentQuery.within(code, from, to), audience, 20_000);
    }

    private JsonNode districts() {
        JsonNode loaded = districts;
        if (loaded == null) {
            loaded = JSON.readTree(geocoding.districtsGeoJson());
            districts = loaded;
        }
        return loaded;
    }

    private static LocalDate today() {
        return LocalDate.now(PAKISTAN);
    }
}
