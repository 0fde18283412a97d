package org.fusioncentre.fusion.web;

import java.time.LocalDate;
import java.util.List;
import org.fusioncentre.access.Audience;
import org.fusioncentre.extraction.EventType;
import org.fusioncentre.fusion.Decision;
import org.fusioncentre.fusion.DecisionRejected;
import org.fusioncentre.fusion.Fusion;
import org.fusioncentre.fusion.Incident;
import org.fusioncentre.fusion.IncidentId;
import org.fusioncentre.fusion.IncidentPage;
import org.fusioncentre.fusion.IncidentQuery;
import org.fusioncentre.platform.Problems;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Incidents: filtered lists with cursor pagination, and one incident with its provenance. */
@RestController
@RequestMapping(path = "/api/v1/incidents", produces = MediaType.APPLICATION_JSON_VALUE)
class IncidentController {
    private final Fusion fusion;

    IncidentController(Fusion fusion) {
        this.fusion = fusion;
    }

    /** Incidents oldest first; follow {@code next_cursor} for the next page. */
    @GetMapping
    PageView list(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
            @RequestParam(required = false) @Nullable String province,
            @RequestParam(required = false) @Nullable String district,
            @RequestParam(name = "event_type", required = false) @Nullable String eventType,
            @RequestParam(required = false) @Nullable String perpetrator,
            @RequestParam(name = "min_sources", defaultValue = "0") int minSources,
            @RequestParam(name = "include_not_incidents", defaultValue = "false") boolean includeNotIncidents,
            @RequestParam(required = false) @Nullable String marking,
            @RequestParam(required = false) @Nullable String cursor,
            @RequestParam(defaultValue = "100") int limit,
            Audience audience) {
        IncidentPage page;
        try {
            page = fusion.incidents(
                    new IncidentQuery(
                            from,
                            to,
                            province,
                            district,
                            eventType == null
                                    ? null
                                    : EventType.valueOf(eventType.strip().toUpperCase(java.util.Locale.ROOT)),
                            perpetrator,
                            minSources,
                            includeNotIncidents,
                            cursor,
                            limit,
                            marking == null || marking.isBlank()
                                    ? null
                                    : org.fusioncentre.access.Marking.parse(marking)),
                    audience);
        } catch (IllegalArgumentException e) {
            throw problem(HttpStatus.BAD_REQUEST, "bad-incident-query", "Bad incident query", e.getMessage());
        }
        return new PageView(page.items(), page.nextCursor());
    }

    @GetMapping("/{id}")
    Incident get(@PathVariable String id, Audience audience) {
        IncidentId incident;
        try {
            incident = IncidentId.parse(id);
        } catch (IllegalArgumentException e) {
            throw problem(HttpStatus.BAD_REQUEST, "bad-incident-id", "Bad incident id", e.getMessage());
        }
        return fusion.incident(incident, audience)
                .orElseThrow(() -> problem(
                        HttpStatus.NOT_FOUND, "incident-not-found", "Incident not found", "no incident with id " + id));
    }

    /** Body of a decision: why it is taken, and what it needs; the signed-in account takes it. */
    record DecisionRequest(
            @Nullable String reason,
            @Nullable String with,
            @Nullable List<String> observations,
            @Nullable String field,
            @Nullable String value) {}

    @PostMapping(path = "/{id}/merge", consumes = MediaType.APPLICATION_JSON_VALUE)
    Incident merge(@PathVariable String id, @RequestBody DecisionRequest request, Audience audience) {
        if (request.with() == null) {
            throw problem(
                    HttpStatus.UNPROCESSABLE_CONTENT,
                    "decision-rejected",
                    "Decision rejected",
                    "name the incident to merge in 'with'");
        }
        return fusion.merge(id(id), id(request.with()), audience, request.reason());
    }

    @PostMapping(path = "/{id}/split", consumes = MediaType.APPLICATION_JSON_VALUE)
    List<Incident> split(@PathVariable String id, @RequestBody DecisionRequest request, Audience audience) {
        return fusion.split(
                id(id),
                request.observations() == null ? List.of() : request.observations(),
                audience,
                request.reason());
    }

    @PostMapping(path = "/{id}/confirm", consumes = MediaType.APPLICATION_JSON_VALUE)
    Incident confirm(@PathVariable String id, @RequestBody DecisionRequest request, Audience audience) {
        return fusion.confirm(id(id), audience, request.reason());
    }

    @PostMapping(path = "/{id}/corrections", consumes = MediaType.APPLICATION_JSON_VALUE)
    Incident correct(@PathVariable String id, @RequestBody DecisionRequest request, Audience audience) {
        if (request.field() == null || request.value() == null) {
            throw problem(
                    HttpStatus.UNPROCESSABLE_CONTENT,
                    "decision-rejected",
                    "Decision rejected",
                    "a correction needs 'field' (" + String.join(", ", Decision.CORRECTABLE) + ") and 'value'");
        }
        return fusion.correct(id(id), request.field(), request.value(), audience, request.reason());
    }

    @PostMapping(path = "/{id}/not-an-incident", consumes = MediaType.APPLICATION_JSON_VALUE)
    Incident notAnIncident(@PathVariable String id, @RequestBody DecisionRequest request, Audience audience) {
        return fusion.notAnIncident(id(id), audience, request.reason());
    }

    @GetMapping("/{id}/decisions")
    List<Decision> decisions(@PathVariable String id, Audience audience) {
        return fusion.decisions(id(id), audience);
    }

    @ExceptionHandler
    ProblemDetail rejected(DecisionRejected e) {
        if (e.forbidden()) {
            return Problems.of(HttpStatus.FORBIDDEN, "outside-jurisdiction", "Decision not allowed", e.getMessage());
        }
        HttpStatus status = e.notFound() ? HttpStatus.NOT_FOUND : HttpStatus.UNPROCESSABLE_CONTENT;
        return Problems.of(
                status, e.notFound() ? "incident-not-found" : "decision-rejected", "Decision rejected", e.getMessage());
    }

    private static IncidentId id(String text) {
        try {
            return IncidentId.parse(text);
        } catch (IllegalArgumentException e) {
            throw problem(HttpStatus.BAD_REQUEST, "bad-incident-id", "Bad incident id", e.getMessage());
        }
    }

    private static ErrorResponseException problem(HttpStatus status, String code, String title, String detail) {
        return new ErrorResponseException(status, Problems.of(status, code, title, detail), null);
    }

    record PageView(List<Incident> items, @Nullable String nextCursor) {}
}
