package org.fusioncentre.intake.web;

import org.fusioncentre.platform.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Turns the intake API's failures into RFC 9457 problem details, in one place. */
@RestControllerAdvice(assignableTypes = {ReportController.class, SourceController.class})
class IntakeProblems {

    @ExceptionHandler
    ProblemDetail notFound(ReportNotFound e) {
        return Problems.of(HttpStatus.NOT_FOUND, "report-not-found", "Report not found", e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail notFound(SourceController.SourceNotFound e) {
        return Problems.of(HttpStatus.NOT_FOUND, "source-not-found", "Source not found", e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail rejected(ReportRejected e) {
        return Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, "report-rejected", "Report rejected", e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail tooLarge(ReportController.RequestTooLarge e) {
        return Problems.of(e.status(), "request-too-large", "Request too large", e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail badValue(IllegalArgumentException e) {
        return Problems.of(HttpStatus.BAD_REQUEST, "bad-request", "Bad request", e.getMessage());
    }
}
