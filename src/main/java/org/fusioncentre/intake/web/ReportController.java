package org.fusioncentre.intake.web;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.fusioncentre.access.Audience;
import org.fusioncentre.intake.IngestOutcome;
import org.fusioncentre.intake.IngestSummary;
import org.fusioncentre.intake.Intake;
import org.fusioncentre.intake.Report;
import org.fusioncentre.intake.ReportId;
import org.fusioncentre.intake.ReportPage;
import org.fusioncentre.intake.ReportQuery;
import org.fusioncentre.intake.internal.IntakeProperties;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/** {@code /api/v1/reports}: submit reports (one or a batch), read them back. */
@RestController
@RequestMapping(path = "/api/v1/reports", produces = MediaType.APPLICATION_JSON_VALUE)
class ReportController {
    private final Intake intake;
    private final IntakeProperties properties;
    private final JsonMapper json;

    ReportController(Intake intake, IntakeProperties properties, JsonMapper json) {
        this.intake = intake;
        this.properties = properties;
        this.json = json;
    }

    /**
     * Takes one report object (answers 201 with its id, 200 for a duplicate, 422 when rejected) or
     * an array of them, or JSON Lines (answers 200 with one result per record, in order).
     */
    @PostMapping(consumes = {MediaType.APPLICATION_JSON_VALUE, "application/x-ndjson"})
    ResponseEntity<?> submit(@RequestBody byte[] body) {
        if (body.length > properties.maxRequestBytes()) {
            throw new RequestTooLarge(body.length, properties.maxRequestBytes());
        }
        boolean batch = firstSignificantByte(body) == '[';
        List<IngestOutcome> outcomes = new ArrayList<>();
        IngestSummary summary = new IngestSummary(0);
        intake.submitJson(body, "api", summary.andThen(outcomes::add));
        if (batch || outcomes.size() != 1) {
            // an array, or several objects one after another (JSON Lines): one result per record
            return ResponseEntity.ok(new BatchResult(
                    summary.accepted(),
                    summary.duplicates(),
                    summary.rejected(),
                    outcomes.stream().map(OutcomeView::of).toList()));
        }
        IngestOutcome outcome = outcomes.getFirst();
        return switch (outcome.status()) {
            case ACCEPTED ->
                ResponseEntity.created(URI.create("/api/v1/reports/" + outcome.reportId()))
                        .body(OutcomeView.of(outcome));
            case DUPLICATE -> ResponseEntity.ok(OutcomeView.of(outcome));
            case REJECTED -> throw new ReportRejected(outcome.reason() == null ? "rejected" : outcome.reason());
        };
    }

    @GetMapping("/{id}")
    ReportView get(@PathVariable String id, Audience audience) {
        ReportId reportId = ReportId.parse(id);
        Report report = intake.read(reportId, audience).orElseThrow(() -> new ReportNotFound(reportId));
        return ReportView.of(report, true, json);
    }

    /** Reports newest first; follow {@code next_cursor} for the next page. */
    @GetMapping
    PageView list(
            @RequestParam(required = false) @Nullable String source,
            @RequestParam(name = "published_from", required = false)
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
                    @Nullable
                    OffsetDateTime publishedFrom,
            @RequestParam(name = "published_to", required = false)
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
                    @Nullable
                    OffsetDateTime publishedTo,
            @RequestParam(required = false) @Nullable String cursor,
            @RequestParam(defaultValue = "" + ReportQuery.DEFAULT_LIMIT) int limit,
            Audience audience) {
        ReportPage page = intake.list(new ReportQuery(source, publishedFrom, publishedTo, cursor, limit), audience);
        return new PageView(
                page.items().stream()
                        .map(report -> ReportView.of(report, false, json))
                        .toList(),
                page.nextCursor());
    }

    private static int firstSignificantByte(byte[] body) {
        for (byte b : body) {
            if (b != ' '
                    && b != '\n'
                    && b != '\r'
                    && b != '\t'
                    && (b & 0xFF) != 0xEF
                    && (b & 0xFF) != 0xBB
                    && (b & 0xFF) != 0xBF) {
                return b;
            }
        }
        return -1;
    }

    record BatchResult(long accepted, long duplicates, long rejected, List<OutcomeView> results) {}

    record PageView(List<ReportView> items, @Nullable String nextCursor) {}

    record OutcomeView(
            String status,
            String origin,
            @Nullable String id,
            @Nullable String reason) {
        static OutcomeView of(IngestOutcome outcome) {
            return new OutcomeView(
                    outcome.status().name(),
                    outcome.origin(),
                    outcome.reportId() == null ? null : outcome.reportId().toString(),
                    outcome.reason());
        }
    }

    static final class RequestTooLarge extends RuntimeException {
        private static final long serialVersionUID = 1L;

        RequestTooLarge(long size, long limit) {
            super(String.format(
                    "request body of %,d bytes is larger than the limit of %,d bytes; send smaller batches",
                    size, limit));
        }

        HttpStatus status() {
            return HttpStatus.CONTENT_TOO_LARGE;
        }
    }
}
