package org.fusioncentre.access.web;

import org.fusioncentre.access.NotPermitted;
import org.fusioncentre.platform.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Answers a change outside the account's jurisdiction with 403, from whichever module refused it. */
@RestControllerAdvice
class AccessProblems {
    @ExceptionHandler
    ProblemDetail notPermitted(NotPermitted e) {
        return Problems.of(HttpStatus.FORBIDDEN, "outside-jurisdiction", "Not allowed", e.getMessage());
    }
}
