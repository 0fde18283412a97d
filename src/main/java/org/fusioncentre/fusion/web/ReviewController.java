package org.fusioncentre.fusion.web;

import java.util.List;
import org.fusioncentre.access.Audience;
import org.fusioncentre.fusion.Fusion;
import org.fusioncentre.fusion.Incident;
import org.fusioncentre.platform.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The review queue: incidents fusion kept apart though they nearly matched, likeliest first, each
 * with the incident it nearly joined; an analyst merges them (POST .../merge) or confirms them.
 */
@RestController
class ReviewController {
    private final Fusion fusion;

    ReviewController(Fusion fusion) {
        this.fusion = fusion;
    }

    @GetMapping(path = "/api/v1/review", produces = MediaType.APPLICATION_JSON_VALUE)
    List<ReviewView> queue(@RequestParam(defaultValue = "50") int limit, Audience audience) {
        if (limit < 1 || limit > 500) {
            throw new ErrorResponseException(
                    HttpStatus.BAD_REQUEST,
                    Problems.of(HttpStatus.BAD_REQUEST, "bad-limit", "Bad limit", "limit must be between 1 and 500"),
                    null);
        }
        return fusion.reviewQueue(limit, audience).stream()
                .flatMap(item -> fusion
                        .incident(item.incident(), audience)
                        .flatMap(incident -> fusion.incident(item.candidate(), audience)
                                .map(candidate -> new ReviewView(incident, candidate, item.probability())))
                        .stream())
                .toList();
    }

    record ReviewView(Incident incident, Incident candidate, double probability) {}
}
