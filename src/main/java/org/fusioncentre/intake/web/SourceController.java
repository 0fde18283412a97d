package org.fusioncentre.intake.web;

import java.util.List;
import org.fusioncentre.access.Marking;
import org.fusioncentre.intake.Intake;
import org.fusioncentre.intake.Reliability;
import org.fusioncentre.intake.Source;
import org.fusioncentre.intake.SourceId;
import org.fusioncentre.intake.SourceKind;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/sources}: the sources and their reliability grades. */
@RestController
@RequestMapping(path = "/api/v1/sources", produces = MediaType.APPLICATION_JSON_VALUE)
class SourceController {
    private final Intake intake;

    SourceController(Intake intake) {
        this.intake = intake;
    }

    @GetMapping
    List<SourceView> list() {
        return intake.sources().stream().map(SourceView::of).toList();
    }

    @GetMapping("/{id}")
    SourceView get(@PathVariable String id) {
        SourceId sourceId = SourceId.parse(id);
        return intake.source(sourceId).map(SourceView::of).orElseThrow(() -> new SourceNotFound(sourceId));
    }

    /**
     * Creates or updates the source named in the body (administrators: a source's organisation and
     * default marking decide who sees its reports). A field left out keeps its stored value.
     */
    @PutMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    SourceView save(@RequestBody SourceRequest request) {
        if (request.name() == null || request.kind() == null || request.reliability() == null) {
            throw new IllegalArgumentException("'name', 'kind' and 'reliability' are required");
        }
        java.util.Optional<Source> stored = intake.source(SourceId.forName(request.name()));
        Source source = new Source(
                SourceId.forName(request.name()),
                request.name(),
                SourceKind.parse(request.kind()),
                Reliability.parse(request.reliability()),
                request.defaultMarking() != null
                        ? Marking.parse(request.defaultMarking())
                        : stored.map(Source::defaultMarking).orElse(Marking.GREEN),
                request.description() != null
                        ? request.description()
                        : stored.map(Source::description).orElse(null),
                request.organisation() != null
                        ? request.organisation()
                        : stored.map(Source::organisation).orElse(null));
        return SourceView.of(intake.saveSource(source));
    }

    record SourceRequest(
            @Nullable String name,
            @Nullable String kind,
            @Nullable String reliability,
            @Nullable String defaultMarking,
            @Nullable String description,
            @Nullable String organisation) {}

    record SourceView(
            String id,
            String name,
            String kind,
            String reliability,
            String defaultMarking,
            @Nullable String description,
            @Nullable String organisation) {
        static SourceView of(Source source) {
            return new SourceView(
                    source.id().toString(),
                    source.name(),
                    source.kind().name(),
                    source.reliability().name(),
                    source.defaultMarking().tlp(),
                    source.description(),
                    source.organisation());
        }
    }

    static final class SourceNotFound extends RuntimeException {
        private static final long serialVersionUID = 1L;

        SourceNotFound(SourceId id) {
            super("no source with id " + id);
        }
    }
}
