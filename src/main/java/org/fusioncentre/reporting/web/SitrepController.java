package org.fusioncentre.reporting.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import org.fusioncentre.access.Audience;
import org.fusioncentre.platform.Problems;
import org.fusioncentre.reporting.SituationReport;
import org.fusioncentre.reporting.SituationReports;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The situation report of a jurisdiction as a download, built from what the account may see. */
@RestController
class SitrepController {
    private static final ZoneId PAKISTAN = ZoneId.of("Asia/Karachi");

    private final SituationReports reports;

    SitrepController(SituationReports reports) {
        this.reports = reports;
    }

    /**
     * @param jurisdiction {@code PK}, a province or a district P-code; default the account's own
     * @param format {@code html} (default) or {@code pdf}
     */
    @GetMapping(
            path = "/api/v1/sitrep",
            produces = {MediaType.TEXT_HTML_VALUE, MediaType.APPLICATION_PDF_VALUE})
    ResponseEntity<byte[]> sitrep(
            @RequestParam(required = false) @Nullable String jurisdiction,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate date,
            @RequestParam(defaultValue = "html") String format,
            Audience audience) {
        String kind = format.strip().toLowerCase(Locale.ROOT);
        if (!kind.equals("html") && !kind.equals("pdf")) {
            throw new IllegalArgumentException("format must be html or pdf, not '" + format + "'");
        }
        SituationReport report = reports.build(
                jurisdiction == null ? audience.jurisdiction().code() : jurisdiction,
                date == null ? LocalDate.now(PAKISTAN) : date,
                audience);
        boolean pdf = kind.equals("pdf");
        byte[] body = pdf ? reports.pdf(report) : reports.html(report).getBytes(StandardCharsets.UTF_8);
        String name = "sitrep-" + report.jurisdictionPcode() + "-" + report.date() + (pdf ? ".pdf" : ".html");
        return ResponseEntity.ok()
                .contentType(
                        pdf ? MediaType.APPLICATION_PDF : new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name).build().toString())
                .body(body);
    }

    @ExceptionHandler
    ProblemDetail badValue(IllegalArgumentException e) {
        return Problems.of(
                HttpStatus.BAD_REQUEST, "bad-sitrep-request", "Bad situation report request", e.getMessage());
    }
}
