package org.fusioncentre.intake.reader;

import static java.util.Objects.requireNonNull;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.function.Consumer;
import org.fusioncentre.intake.ReportFormat;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A JSON document: one report object, an array of them, or several top-level values one after
 * another. Streams element by element and keeps each element's exact bytes as its raw form. A
 * syntax error ends the document (JSON cannot be resynchronised safely), so the records before it
 * are kept and the error is reported once with its line.
 */
final class JsonReader implements ReportReader {
    private final JsonMapper json;
    private final RecordParser parser;
    private final long maxRecordBytes;

    JsonReader(JsonMapper json, ReaderSettings settings) {
        this.json = requireNonNull(json, "json is null");
        this.parser = new RecordParser(json, settings);
        this.maxRecordBytes = settings.maxRecordBytes();
    }

    @Override
    public void read(ByteSource input, Consumer<ReadResult> sink) throws IOException {
        if (Text.startsBinary(input)) {
            sink.accept(new ReadResult.Rejected(input.name(), "binary file (NUL bytes), not JSON"));
            return;
        }
        int element = 0;
        try (InputStream in = new BufferedInputStream(input.open(), 1 << 16);
                JsonParser stream = json.createParser(in)) {
            JsonToken token;
            int arrayDepth = 0;
            while ((token = stream.nextToken()) != null) {
                if (token == JsonToken.START_ARRAY && arrayDepth == 0) {
                    arrayDepth = 1;
                    continue;
                }
                if (token == JsonToken.END_ARRAY && arrayDepth == 1) {
                    arrayDepth = 0;
                    continue;
                }
                element++;
                String origin = input.name() + ":"
                        + stream.currentTokenLocation().getLineNr() + (arrayDepth == 1 ? " [" + element + "]" : "");
                long start = stream.currentTokenLocation().getByteOffset();
                if (token != JsonToken.START_OBJECT) {
                    stream.skipChildren();
                    sink.accept(
                            new ReadResult.Rejected(origin, "a report must be a JSON object, not " + describe(token)));
                    continue;
                }
                JsonNode node = json.readTree(stream);
                long end = stream.currentLocation().getByteOffset();
                handle(input, node, start, end, origin, sink);
            }
        } catch (JacksonException e) {
            String where = e.getLocation() == null
                    ? input.name()
                    : input.name() + ":" + e.getLocation().getLineNr();
            String detail = "malformed JSON: " + JsonErrors.describe(e);
            if (e.getMessage() != null && e.getMessage().contains("Invalid UTF-8")) {
                detail = "not valid UTF-8 text";
            }
            sink.accept(new ReadResult.Rejected(where, detail + "; the rest of this file was not read"));
        }
    }

    private static String describe(JsonToken token) {
        return switch (token) {
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> token.name();
        };
    }

    private void handle(ByteSource input, JsonNode node, long start, long end, String origin, Consumer<ReadResult> sink)
            throws IOException {
        if (start < 0 || end < start) {
            sink.accept(new ReadResult.Rejected(origin, "could not locate the record in the file"));
            return;
        }
        if (end - start > maxRecordBytes) {
            sink.accept(new ReadResult.Rejected(origin, Text.bytesLimitMessage(maxRecordBytes)));
            return;
        }
        Optional<String> raw = Text.decodeUtf8(input.slice(start, end));
        if (raw.isEmpty()) {
            sink.accept(new ReadResult.Rejected(origin, "not valid UTF-8 text"));
            return;
        }
        try {
            sink.accept(new ReadResult.Parsed(parser.parse(node, raw.get(), ReportFormat.JSON), origin));
        } catch (IllegalArgumentException e) {
            sink.accept(new ReadResult.Rejected(origin, e.getMessage()));
        }
    }
}
