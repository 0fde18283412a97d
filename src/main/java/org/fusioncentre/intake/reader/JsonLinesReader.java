package org.fusioncentre.intake.reader;

import static java.util.Objects.requireNonNull;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Consumer;
import org.fusioncentre.intake.ReportFormat;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON Lines: one report object per line. Lines are split as bytes and decoded one by one, so a
 * line with invalid UTF-8, a line that is not JSON, or an oversized line is rejected alone and
 * every other line is kept. Memory stays bounded by the record size limit, whatever the file size.
 */
final class JsonLinesReader implements ReportReader {
    private final ObjectReader lineReader;
    private final RecordParser parser;
    private final long maxRecordBytes;

    JsonLinesReader(JsonMapper json, ReaderSettings settings) {
        // One line is one value: anything after it on the line is an error.
        this.lineReader = requireNonNull(json, "json is null").readerFor(JsonNode.class).with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        this.parser = new RecordParser(json, settings);
        this.maxRecordBytes = settings.maxRecordBytes();
    }

    @Override
    public void read(ByteSource input, Consumer<ReadResult> sink) throws IOException {
        try (InputStream in = new BufferedInputStream(input.open(), 1 << 16)) {
            LineBuffer line = new LineBuffer((int) Math.min(maxRecordBytes + 2, 1 << 16));
            long lineNumber = 0;
            while (true) {
                LineStatus status = line.readLine(in, maxRecordBytes);
                if (status == LineStatus.END) {
                    return;
                }
                lineNumber++;
                String origin = input.name() + ":" + lineNumber;
                if (status == LineStatus.TOO_LONG) {
                    sink.accept(new ReadResult.Rejected(origin, Text.bytesLimitMessage(maxRecordBytes)));
                    continue;
                }
                handle(line, origin, sink);
            }
        }
    }

    private void handle(LineBuffer line, String origin, Consumer<ReadResult> sink) {
        if (Text.looksBinary(line.bytes, line.length)) {
            sink.accept(new ReadResult.Rejected(origin, "binary content (NUL bytes), not a JSON line"));
            return;
        }
        Optional<String> decoded = Text.decodeUtf8(line.bytes, 0, line.length);
        if (decoded.isEmpty()) {
            sink.accept(new ReadResult.Rejected(origin, "not valid UTF-8 text"));
            return;
        }
        String text = decoded.get().strip();
        if (text.isEmpty()) {
            return;
        }
        JsonNode node;
        try {
            node = lineReader.readTree(text);
        } catch (JacksonException e) {
            sink.accept(new ReadResult.Rejected(origin, "malformed JSON: " + JsonErrors.describe(e)));
            return;
        }
        try {
            sink.accept(new ReadResult.Parsed(parser.parse(node, text, ReportFormat.JSONL), origin));
        } catch (IllegalArgumentException e) {
            sink.accept(new ReadResult.Rejected(origin, e.getMessage()));
        }
    }

    enum LineStatus {
        LINE,
        TOO_LONG,
        END
    }

    /** A reusable byte buffer holding the current line without its terminator. */
    static final class LineBuffer {
        byte[] bytes;
        int length;

        LineBuffer(int initialCapacity) {
            bytes = new byte[Math.max(initialCapacity, 16)];
        }

        /** Reads up to the next '\n' (a preceding '\r' is dropped); skips the rest of an oversized line. */
        LineStatus readLine(InputStream in, long maxBytes) throws IOException {
            length = 0;
            boolean tooLong = false;
            boolean sawAny = false;
            int b;
            while ((b = in.read()) != -1) {
                sawAny = true;
                if (b == '\n') {
                    break;
                }
                if (tooLong) {
                    continue;
                }
                if (length >= maxBytes) {
                    tooLong = true;
                    continue;
                }
                if (length == bytes.length) {
                    bytes = Arrays.copyOf(bytes, (int) Math.min((long) bytes.length * 2, maxBytes + 1));
                }
                bytes[length++] = (byte) b;
            }
            if (!sawAny) {
                return LineStatus.END;
            }
            if (tooLong) {
                return LineStatus.TOO_LONG;
            }
            if (length > 0 && bytes[length - 1] == '\r') {
                length--;
            }
            return LineStatus.LINE;
        }
    }
}
