package org.fusioncentre.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.fusioncentre.access.Audience;
import org.fusioncentre.extraction.EventType;
import org.fusioncentre.extraction.Extraction;
import org.fusioncentre.extraction.Observation;
import org.fusioncentre.extraction.StoredObservation;
import org.fusioncentre.fusion.DecisionRejected;
import org.fusioncentre.fusion.Fusion;
import org.fusioncentre.fusion.Incident;
import org.fusioncentre.fusion.IncidentId;
import org.fusioncentre.fusion.IncidentPage;
import org.fusioncentre.fusion.IncidentQuery;
import org.fusioncentre.fusion.ReviewItem;
import org.fusioncentre.intake.Intake;
import org.fusioncentre.intake.Report;
import org.fusioncentre.intake.ReportId;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The incident list, an incident's page with its reports and evidence, the analyst's actions and the review queue. */
@Controller
class IncidentPages {
    private final Fusion fusion;
    private final Intake intake;
    private final Extraction extraction;

    IncidentPages(Fusion fusion, Intake intake, Extraction extraction) {
        this.fusion = fusion;
        this.intake = intake;
        this.extraction = extraction;
    }

    @GetMapping("/incidents")
    String list(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
            @RequestParam(required = false) @Nullable String province,
            @RequestParam(required = false) @Nullable String district,
            @RequestParam(required = false) @Nullable String type,
            @RequestParam(required = false) @Nullable String perpetrator,
            @RequestParam(name = "min_sources", defaultValue = "0") int minSources,
            @RequestParam(required = false) @Nullable String marking,
            @RequestParam(required = false) @Nullable String cursor,
            jakarta.servlet.http.HttpServletRequest request,
            Audience audience,
            Model model) {
        if (request.getParameterMap().isEmpty()) {
            // the list opens on the last 30 days of the account's jurisdiction; the filters reach
            // further back and wider (as far as the account may see)
            from = LocalDate.now(java.time.ZoneId.of("Asia/Karachi")).minusDays(29);
            String code = audience.jurisdiction().code();
            province = code.length() == 3 ? code : null;
            district = code.length() == 5 ? code : null;
        }
        EventType eventType = null;
        if (type != null && !type.isBlank()) {
            try {
                eventType = EventType.valueOf(type.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                model.addAttribute("problem", "unknown event type '" + type + "'");
            }
        }
        IncidentPage page;
        try {
            page = fusion.incidents(
                    new IncidentQuery(
                            from,
                            to,
                            blankToNull(province),
                            blankToNull(district),
                            eventType,
                            blankToNull(perpetrator),
                            Math.max(0, minSources),
                            false,
                            blankToNull(cursor),
                            100,
                            marking == null || marking.isBlank()
                                    ? null
                                    : org.fusioncentre.access.Marking.parse(marking)),
                    audience);
        } catch (IllegalArgumentException e) {
            model.addAttribute("problem", e.getMessage());
            page = new IncidentPage(List.of(), null);
        }
        model.addAttribute("incidents", page.items());
        model.addAttribute("next", page.nextCursor());
        model.addAttribute("types", EventType.values());
        model.addAttribute(
                "filters", new Filters(from, to, province, district, type, perpetrator, minSources, marking));
        model.addAttribute("markings", org.fusioncentre.access.Marking.values());
        return "incidents";
    }

    record Filters(
            @Nullable LocalDate from,
            @Nullable LocalDate to,
            @Nullable String province,
            @Nullable String district,
            @Nullable String type,
            @Nullable String perpetrator,
            int minSources,
            @Nullable String marking) {}

    /** A report as the incident page shows it: its text cut into plain and highlighted pieces. */
    record ReportView(
            Report report,
            Incident.Member member,
            List<Piece> pieces,
            @Nullable Observation observation) {}

    /** A piece of a report's text; evidence pieces are marked. */
    record Piece(String text, boolean evidence) {}

    @GetMapping("/incidents/{id}")
    String incident(@PathVariable String id, Audience audience, Model model) {
        Incident incident = fusion.incident(incidentId(id), audience)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no incident " + id));
        List<ReportView> reports = new ArrayList<>();
        for (Incident.Member member : incident.members()) {
            ReportId reportId = ReportId.parse(member.reportId());
            Optional<Report> report = intake.read(reportId, audience);
            if (report.isEmpty()) {
                continue;
            }
            Observation observation = extraction.observations(reportId, false, audience).orElse(List.of()).stream()
                    .filter(stored -> stored.id().toString().equals(member.observationId()))
                    .map(StoredObservation::observation)
                    .findFirst()
                    .orElse(null);
            reports.add(new ReportView(
                    report.get(),
                    member,
                    pieces(
                            Observation.reportText(
                                    report.get().title(), report.get().body()),
                            observation),
                    observation));
        }
        model.addAttribute("incident", incident);
        model.addAttribute("reports", reports);
        model.addAttribute("decisions", fusion.decisions(incident.id(), audience));
        model.addAttribute("correctable", org.fusioncentre.fusion.Decision.CORRECTABLE);
        return "incident";
    }

    /** The text cut at the observation's evidence spans, overlapping spans joined. */
    static List<Piece> pieces(String text, @Nullable Observation observation) {
        List<Observation.Span> spans = observation == null
                ? List.of()
                : observation.evidence().stream()
                        .filter(span -> span.start() >= 0 && span.end() <= text.length() && span.start() < span.end())
                        .sorted(Comparator.comparingInt(Observation.Span::start))
                        .toList();
        List<Piece> pieces = new ArrayList<>();
        int at = 0;
        for (Observation.Span span : spans) {
            int start = Math.max(at, span.start());
            if (span.end() <= at) {
                continue;
            }
            if (start > at) {
                pieces.add(new Piece(text.substring(at, start), false));
            }
            pieces.add(new Piece(text.substring(start, span.end()), true));
            at = span.end();
        }
        if (at < text.length()) {
            pieces.add(new Piece(text.substring(at), false));
        }
        return pieces;
    }

    @PostMapping("/incidents/{id}/confirm")
    String confirm(
            @PathVariable String id,
            @RequestParam(required = false) @Nullable String reason,
            Audience audience,
            RedirectAttributes flash) {
        return act(
                id,
                flash,
                () -> fusion.confirm(incidentId(id), audience, blankToNull(reason))
                        .id());
    }

    @PostMapping("/incidents/{id}/not-an-incident")
    String notAnIncident(
            @PathVariable String id,
            @RequestParam(required = false) @Nullable String reason,
            Audience audience,
            RedirectAttributes flash) {
        return act(
                id,
                flash,
                () -> fusion.notAnIncident(incidentId(id), audience, blankToNull(reason))
                        .id());
    }

    @PostMapping("/incidents/{id}/correct")
    String correct(
            @PathVariable String id,
            @RequestParam String field,
            @RequestParam String value,
            @RequestParam(required = false) @Nullable String reason,
            Audience audience,
            RedirectAttributes flash) {
        return act(
                id,
                flash,
                () -> fusion.correct(incidentId(id), field, value, audience, blankToNull(reason))
                        .id());
    }

    @PostMapping("/incidents/{id}/merge")
    String merge(
            @PathVariable String id,
            @RequestParam String with,
            @RequestParam(required = false) @Nullable String reason,
            Audience audience,
            RedirectAttributes flash) {
        return act(
                id,
                flash,
                () -> fusion.merge(incidentId(id), incidentId(with), audience, blankToNull(reason))
                        .id());
    }

    @PostMapping("/incidents/{id}/split")
    String split(
            @PathVariable String id,
            @RequestParam(name = "observation", required = false) @Nullable List<String> observations,
            @RequestParam(required = false) @Nullable String reason,
            Audience audience,
            RedirectAttributes flash) {
        return act(
                id,
                flash,
                () -> fusion.split(
                                incidentId(id),
                                observations == null ? List.of() : observations,
                                audience,
                                blankToNull(reason))
                        .getFirst()
                        .id());
    }

    private interface Decision {
        IncidentId take();
    }

    /** Takes a decision and shows the incident that holds the result, or the refusal on the same page. */
    private static String act(String id, RedirectAttributes flash, Decision decision) {
        try {
            IncidentId result = decision.take();
            flash.addFlashAttribute("notice", "saved");
            return "redirect:/incidents/" + result;
        } catch (DecisionRejected | IllegalArgumentException e) {
            flash.addFlashAttribute("problem", e.getMessage());
            return "redirect:/incidents/" + id;
        }
    }

    // --- review queue ----------------------------------------------------------------------------

    record ReviewPair(Incident incident, Incident candidate, double probability) {}

    @GetMapping("/review")
    String review(Audience audience, Model model) {
        List<ReviewPair> pairs = new ArrayList<>();
        for (ReviewItem item : fusion.reviewQueue(50, audience)) {
            Optional<Incident> incident = fusion.incident(item.incident(), audience);
            Optional<Incident> candidate = fusion.incident(item.candidate(), audience);
            if (incident.isPresent() && candidate.isPresent()) {
                pairs.add(new ReviewPair(incident.get(), candidate.get(), item.probability()));
            }
        }
        model.addAttribute("pairs", pairs);
        return "review";
    }

    /** Accepts a match: the two incidents become one. */
    @PostMapping("/review/merge")
    String accept(
            @RequestParam String incident,
            @RequestParam String candidate,
            Audience audience,
            RedirectAttributes flash) {
        try {
            fusion.merge(incidentId(incident), incidentId(candidate), audience, "accepted from the review queue");
            flash.addFlashAttribute("notice", "merged");
        } catch (DecisionRejected e) {
            flash.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/review";
    }

    /** Rejects a match: both incidents are confirmed as they are, which takes them off the queue. */
    @PostMapping("/review/apart")
    String reject(
            @RequestParam String incident,
            @RequestParam String candidate,
            Audience audience,
            RedirectAttributes flash) {
        try {
            fusion.confirm(incidentId(incident), audience, "kept apart from " + candidate + " in the review queue");
            fusion.confirm(incidentId(candidate), audience, "kept apart from " + incident + " in the review queue");
            flash.addFlashAttribute("notice", "kept-apart");
        } catch (DecisionRejected e) {
            flash.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/review";
    }

    private static IncidentId incidentId(String text) {
        try {
            return new IncidentId(UUID.fromString(text.strip()));
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no incident " + text);
        }
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
