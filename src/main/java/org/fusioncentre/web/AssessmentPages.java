package org.fusioncentre.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import org.fusioncentre.access.Audience;
import org.fusioncentre.access.NotPermitted;
import org.fusioncentre.assessment.Assessment;
import org.fusioncentre.assessment.Assessments;
import org.fusioncentre.fusion.Fusion;
import org.fusioncentre.fusion.Incident;
import org.fusioncentre.fusion.IncidentQuery;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The table of districts and provinces of the account's jurisdiction with their levels and forecasts. */
@Controller
class AssessmentPages {
    private static final ZoneId PAKISTAN = ZoneId.of("Asia/Karachi");
    private static final int MONTHS = 24;

    private final Assessments assessments;
    private final Fusion fusion;

    AssessmentPages(Assessments assessments, Fusion fusion) {
        this.assessments = assessments;
        this.fusion = fusion;
    }

    @GetMapping("/assessments")
    String table(Audience audience, Model model) {
        LocalDate today = LocalDate.now(PAKISTAN);
        String code = audience.jurisdiction().code();
        List<Assessment> shown = assessments.seenBy(today, audience).stream()
                .filter(assessment -> assessment.unitPcode().startsWith(code))
                .sorted(Comparator.comparing((Assessment a) -> a.unitLevel())
                        .reversed()
                        .thenComparing(Comparator.comparingDouble(Assessment::probabilityOfFatal)
                                .reversed()))
                .toList();
        model.addAttribute("assessments", shown);
        model.addAttribute("asOf", today);
        return "assessments";
    }

    /** A unit's assessment: level, forecast and its interval, drivers, the incidents behind it, overrides. */
    @GetMapping("/assessments/{unit}")
    String unit(@PathVariable String unit, Audience audience, Model model) {
        LocalDate today = LocalDate.now(PAKISTAN);
        Assessment assessment = assessments.seenBy(today, audience).stream()
                .filter(one -> one.unitPcode().equals(unit))
                .findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no assessed unit " + unit));
        model.addAttribute("assessment", assessment);
        model.addAttribute("overrides", assessments.overrides(unit));
        model.addAttribute("mayOverride", audience.mayActOn(unit));
        return "assessment";
    }

    /** Incidents per month over two years, and the 30-day forecast with its 80 % interval, for the chart. */
    @GetMapping(path = "/ui/history/{unit}", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    String history(@PathVariable String unit, Audience audience) {
        LocalDate today = LocalDate.now(PAKISTAN);
        LocalDate first = today.withDayOfMonth(1).minusMonths(MONTHS - 1L);
        long[] counts = new long[MONTHS];
        for (Incident incident : fusion.allIncidents(IncidentQuery.within(unit, first, today), audience, 50_000)) {
            LocalDate on = incident.date() != null ? incident.date() : incident.dateFrom();
            int month = (int) java.time.temporal.ChronoUnit.MONTHS.between(first, on.withDayOfMonth(1));
            if (month >= 0 && month < MONTHS) {
                counts[month]++;
            }
        }
        JsonMapper json = JsonMapper.builder().build();
        ObjectNode answer = json.createObjectNode();
        ArrayNode months = answer.putArray("months");
        ArrayNode values = answer.putArray("counts");
        for (int i = 0; i < MONTHS; i++) {
            months.add(first.plusMonths(i).atStartOfDay().toEpochSecond(java.time.ZoneOffset.UTC));
            values.add(counts[i]);
        }
        assessments.seenBy(today, audience).stream()
                .filter(one -> one.unitPcode().equals(unit))
                .findFirst()
                .ifPresent(one -> answer.putObject("forecast")
                        .put("expected", one.expectedIncidents())
                        .put("low", one.low())
                        .put("high", one.high()));
        return json.writeValueAsString(answer);
    }

    @PostMapping("/assessments/{unit}/override")
    String override(
            @PathVariable String unit,
            @RequestParam String reason,
            @RequestParam(defaultValue = "72") int hours,
            Audience audience,
            RedirectAttributes flash) {
        try {
            assessments.override(unit, reason, audience, java.time.Duration.ofHours(hours));
            flash.addFlashAttribute("notice", "saved");
        } catch (IllegalArgumentException | NotPermitted e) {
            flash.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/assessments/" + unit;
    }
}
