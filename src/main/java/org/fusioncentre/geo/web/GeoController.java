package org.fusioncentre.geo.web;

import java.util.List;
import org.fusioncentre.geo.AdminPath;
import org.fusioncentre.geo.AdminUnit;
import org.fusioncentre.geo.GeoCandidate;
import org.fusioncentre.geo.Geocoding;
import org.fusioncentre.geo.PCode;
import org.fusioncentre.geo.ResolveContext;
import org.fusioncentre.geo.ReverseResult;
import org.fusioncentre.platform.Problems;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/geo}: resolve place names, look up units, reverse-geocode points, boundaries for maps. */
@RestController
@RequestMapping(path = "/api/v1/geo", produces = MediaType.APPLICATION_JSON_VALUE)
class GeoController {
    static final String GEO_JSON = "application/geo+json";

    private final Geocoding geocoding;

    GeoController(Geocoding geocoding) {
        this.geocoding = geocoding;
    }

    /** Readings of a place mention, likeliest first; {@code context} is surrounding text that can decide ambiguity. */
    @GetMapping("/resolve")
    ResolveView resolve(
            @RequestParam String q,
            @RequestParam(required = false) @Nullable String context,
            @RequestParam(required = false) @Nullable String province) {
        ResolveContext resolveContext = new ResolveContext(context, province == null ? null : PCode.of(province));
        return new ResolveView(
                q,
                geocoding.resolve(q, resolveContext).stream()
                        .map(CandidateView::of)
                        .toList());
    }

    @GetMapping("/units/{pcode}")
    UnitDetailView unit(@PathVariable String pcode) {
        PCode code = PCode.of(pcode);
        AdminUnit unit = geocoding.unit(code).orElseThrow(() -> new UnitNotFound(code));
        return new UnitDetailView(
                UnitView.of(unit),
                geocoding.children(code).stream().map(UnitView::of).toList());
    }

    @GetMapping("/reverse")
    ReverseView reverse(@RequestParam double lat, @RequestParam double lon) {
        return switch (geocoding.reverse(lat, lon)) {
            case ReverseResult.Inside inside -> ReverseView.of(inside.path());
            case ReverseResult.Outside outside -> new ReverseView(false, null, null, null, null);
        };
    }

    @GetMapping(path = "/districts", produces = GEO_JSON)
    ResponseEntity<String> districts() {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(GEO_JSON))
                .body(geocoding.districtsGeoJson());
    }

    @GetMapping(path = "/provinces", produces = GEO_JSON)
    ResponseEntity<String> provinces() {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(GEO_JSON))
                .body(geocoding.provincesGeoJson());
    }

    @ExceptionHandler
    ProblemDetail badValue(IllegalArgumentException e) {
        return Problems.of(HttpStatus.BAD_REQUEST, "bad-request", "Bad request", e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail notFound(UnitNotFound e) {
        return Problems.of(HttpStatus.NOT_FOUND, "unit-not-found", "Admin unit not found", e.getMessage());
    }

    static final class UnitNotFound extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UnitNotFound(PCode code) {
            super("no admin unit with P-code " + code);
        }
    }

    record ResolveView(String query, List<CandidateView> candidates) {}

    record CandidateView(
            String pcode,
            String level,
            String name,
            String precision,
            double lat,
            double lon,
            @Nullable String place,
            double score,
            String via,
            PathView path) {
        static CandidateView of(GeoCandidate candidate) {
            return new CandidateView(
                    candidate.unit().code().value(),
                    candidate.unit().level().name(),
                    candidate.unit().name(),
                    candidate.precision().name(),
                    candidate.lat(),
                    candidate.lon(),
                    candidate.place(),
                    Math.round(candidate.score() * 1000) / 1000.0,
                    candidate.via(),
                    PathView.of(candidate.path()));
        }
    }

    record PathView(
            String provincePcode,
            String province,
            @Nullable String division,
            @Nullable String districtPcode,
            @Nullable String district,
            @Nullable String tehsilPcode,
            @Nullable String tehsil) {
        static PathView of(AdminPath path) {
            return new PathView(
                    path.province().code().value(),
                    path.province().name(),
                    path.division(),
                    path.district() == null ? null : path.district().code().value(),
                    path.district() == null ? null : path.district().name(),
                    path.tehsil() == null ? null : path.tehsil().code().value(),
                    path.tehsil() == null ? null : path.tehsil().name());
        }
    }

    record UnitView(
            String pcode,
            String level,
            String name,
            @Nullable String nameUr,
            @Nullable String parentPcode,
            @Nullable String division,
            double lat,
            double lon) {
        static UnitView of(AdminUnit unit) {
            return new UnitView(
                    unit.code().value(),
                    unit.level().name(),
                    unit.name(),
                    unit.nameUrdu(),
                    unit.parent() == null ? null : unit.parent().value(),
                    unit.division(),
                    unit.lat(),
                    unit.lon());
        }
    }

    record UnitDetailView(UnitView unit, List<UnitView> children) {}

    record ReverseView(
            boolean inside,
            @Nullable String provincePcode,
            @Nullable String districtPcode,
            @Nullable String tehsilPcode,
            @Nullable PathView path) {
        static ReverseView of(AdminPath path) {
            return new ReverseView(
                    true,
                    path.province().code().value(),
                    path.district() == null ? null : path.district().code().value(),
                    path.tehsil() == null ? null : path.tehsil().code().value(),
                    PathView.of(path));
        }
    }
}
