package org.fusioncentre.extraction.web;

import java.time.Instant;
import java.util.List;
import org.fusioncentre.access.Audience;
import org.fusioncentre.extraction.Extraction;
import org.fusioncentre.extraction.Observation;
import org.fusioncentre.extraction.StoredObservation;
import org.fusioncentre.intake.Intake;
import org.fusioncentre.intake.ReportId;
import org.fusioncentre.platform.Problems;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A report's observations: what the current extractor found, or every version's findings. */
@RestController
class ObservationController {
    private final Extraction extraction;
    private final Intake intake;

    ObservationController(Extraction extraction, Intake intake) {
        this.extraction = extraction;
        this.intake = intake;
    }

    /**
     * @param history every extractor version's observations, not only the current one's
     */
    @GetMapping(path = "/api/v1/reports/{id}/observations", produces = MediaType.APPLICATION_JSON_VALUE)
    ObservationsView observations(
            @PathVariable String id, @RequestParam(defaultValue = "false") boolean history, Audience audience) {
        ReportId report;
        try {
            report = ReportId.parse(id);
        } catch (IllegalArgumentException e) {
            throw problem(HttpStatus.BAD_REQUEST, "bad-report-id", "Bad report id", e.getMessage());
        }
        List<StoredObservation> found = extraction
                .observations(report, history, audience)
                .orElseThrow(() -> problem(
                        HttpStatus.NOT_FOUND, "report-not-found", "Report not found", "no report with id " + id));
        return new ObservationsView(
                report.toString(),
                extraction.version(),
                extraction.problem(report),
                found.stream().map(ObservationView::of).toList());
    }

    private static ErrorResponseException problem(HttpStatus status, String code, String title, String detail) {
        return new ErrorResponseException(status, Problems.of(status, code, title, detail), null);
    }

    record ObservationsView(
            String reportId,
            String currentVersion,
            @Nullable String problem,
            List<ObservationView> observations) {}

    record ObservationView(String id, int ordinal, Instant extractedAt, Observation observation) {
        static ObservationView of(StoredObservation stored) {
            return new ObservationView(
                    stored.id().toString(), stored.ordinal(), stored.extractedAt(), stored.observation());
        }
    }
}
