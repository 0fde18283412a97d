package org.fusioncentre.intake.web;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Turns the intake API's failures into RFC 9457 problem details, in one place. */
@RestControllerAdvice(assignableTypes = {ReportController.class, SourceController.class})
class IntakeProblems {

    @ExceptionHandler
    ProblemDetail notFound(ReportNotFound e) {
        return problem(HttpStatus.NOT_FOUND, "report-not-found", "Report not found", e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail notFound(SourceController.SourceNotFound e) {
        return problem(HttpStatus.NOT_FOUND, "source-not-found", "Source not found", e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail rejected(ReportRejected e) {
        return problem(HttpStatus.UNPROCESSABLE_CONTENT, "report-rejected", "Report rejected", e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail tooLarge(ReportController.RequestTooLarge e) {
        return problem(e.status(), "request-too-large", "Request too large", e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail badValue(IllegalArgumentException e) {
        return problem(HttpStatus.BAD_REQUEST, "bad-request", "Bad request", e.getMessage());
    }

    private static ProblemDetail problem(HttpStatus status, String code, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("https://fusioncentre.org/problems/" + code));
        problem.setTitle(title);
        problem.setProperty("code", code);
        return problem;
    }
}
