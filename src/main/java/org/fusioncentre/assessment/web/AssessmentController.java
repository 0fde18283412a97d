package org.fusioncentre.assessment.web;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.fusioncentre.access.Audience;
import org.fusioncentre.assessment.Assessment;
import org.fusioncentre.assessment.Assessments;
import org.fusioncentre.assessment.ThreatOverride;
import org.fusioncentre.platform.Problems;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Statistical threat assessments per district and province, and analysts' overrides. A day not
 * assessed yet is assessed on first request (from the incidents dated on or before it).
 */
@RestController
@RequestMapping(path = "/api/v1/assessments", produces = MediaType.APPLICATION_JSON_VALUE)
class AssessmentController {
    private static final ZoneId PAKISTAN = ZoneId.of("Asia/Karachi");

    private final Assessments assessments;

    AssessmentController(Assessments assessments) {
        this.assessments = assessments;
    }

    /** Every district and province as of the day (default today), optionally one level or province. */
    @GetMapping
    Page list(
            @RequestParam(name = "as_of", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
                    LocalDate asOf,
            @RequestParam(name = "unit_level", required = false) @Nullable String unitLevel,
            @RequestParam(required = false) @Nullable String province,
            @RequestParam(required = false) @Nullable String level,
            Audience audience) {
        LocalDate day = asOf == null ? LocalDate.now(PAKISTAN) : asOf;
        List<Assessment> found = onDay(day, audience);
        Assessment.UnitLevel wantedUnit = parse(Assessment.UnitLevel.class, unitLevel, "unit_level");
        org.fusioncentre.assessment.model.ThreatLevel wantedLevel =
                parse(org.fusioncentre.assessment.model.ThreatLevel.class, level, "level");
        return new Page(
                day,
                found.stream()
                        .filter(a -> wantedUnit == null || a.unitLevel() == wantedUnit)
                        .filter(a -> province == null || a.provincePcode().equals(province.strip()))
                        .filter(a -> wantedLevel == null || a.level() == wantedLevel)
                        .toList());
    }

    /** One unit's assessment as of the day (default today). */
    @GetMapping("/{unit}")
    Assessment get(
            @PathVariable String unit,
            @RequestParam(name = "as_of", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
                    LocalDate asOf,
            Audience audience) {
        LocalDate day = asOf == null ? LocalDate.now(PAKISTAN) : asOf;
        return onDay(day, audience).stream()
                .filter(assessment -> assessment.unitPcode().equals(unit))
                .findFirst()
                .orElseThrow(() -> problem(
                        HttpStatus.NOT_FOUND,
                        "unknown-unit",
                        "No such unit",
                        "no district or province " + unit + " is assessed"));
    }

    record OverrideRequest(
            @Nullable String reason, @Nullable Integer hours) {}

    /** Records an override: the unit is CRITICAL for the hours given (default 72); the signed-in analyst is its author. */
    @PostMapping(path = "/{unit}/overrides", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    ThreatOverride override(@PathVariable String unit, @RequestBody OverrideRequest request, Audience audience) {
        try {
            return assessments.override(
                    unit,
                    request.reason() == null ? "" : request.reason(),
                    audience,
                    Duration.ofHours(request.hours() == null ? 72 : request.hours()));
        } catch (IllegalArgumentException e) {
            throw problem(HttpStatus.UNPROCESSABLE_CONTENT, "bad-override", "Override not accepted", e.getMessage());
        }
    }

    @GetMapping("/{unit}/overrides")
    List<ThreatOverride> overrides(@PathVariable String unit) {
        return assessments.overrides(unit);
    }

    private List<Assessment> onDay(LocalDate day, Audience audience) {
        try {
            return assessments.seenBy(day, audience);
        } catch (IllegalArgumentException e) {
            throw problem(HttpStatus.BAD_REQUEST, "bad-as-of", "Bad as_of", e.getMessage());
        }
    }

    private static <E extends Enum<E>> @Nullable E parse(Class<E> type, @Nullable String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw problem(
                    HttpStatus.BAD_REQUEST,
                    "bad-" + name.replace('_', '-'),
                    "Bad " + name,
                    "unknown " + name + " '" + value + "'");
        }
    }

    private static ErrorResponseException problem(HttpStatus status, String code, String title, String detail) {
        return new ErrorResponseException(status, Problems.of(status, code, title, detail), null);
    }

    record Page(LocalDate asOf, List<Assessment> items) {}
}
