package org.fusioncentre.intake.reader;

import static java.util.Objects.requireNonNull;

import org.fusioncentre.intake.ReportFormat;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The reader for each format, configured once for an import. */
public final class Readers {
    private final JsonMapper json;
    private final ReaderSettings settings;

    public Readers(ReaderSettings settings) {
        this.settings = requireNonNull(settings, "settings is null");
        // A report larger than the record limit is rejected anyway: do not let the parser buffer more.
        int maxString = (int) Math.min(Integer.MAX_VALUE - 8, settings.maxRecordBytes() + 1);
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxStringLength(maxString)
                        .build())
                .build();
        // Arrays are read element by element from one parser, so a value may be followed by more.
        this.json = JsonMapper.builder(factory)
                .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .build();
    }

    public ReportReader forFormat(ReportFormat format) {
        return switch (format) {
            case JSON -> new JsonReader(json, settings);
            case JSONL -> new JsonLinesReader(json, settings);
            case CSV -> new CsvReader(json, settings);
            case TEXT -> new TextReader(settings);
            case HTML -> new HtmlReader(settings);
            case FEED -> new FeedReader(settings);
        };
    }
}
