package org.fusioncentre.intake.reader;

import static java.util.Objects.requireNonNull;

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
        this.lineReader = requireNonNull(json, "json is null")
                .readerFor(JsonNode.class)
                .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        this.parser = new RecordParser(json, settings);
        this.maxRecordBytes = settings.maxRecordBytes();
    }

    @Override
    public void read(ByteSource input, Consumer<ReadResult> sink) throws IOException {
        try (InputStream in = input.open()) {
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

    /**
     * Splits a byte stream into lines with its own read buffer (no per-byte calls), keeping the
     * current line without its terminator; the rest of an oversized line is skipped unbuffered.
     */
    static final class LineBuffer {
        private final byte[] input = new byte[1 << 16];
        private int position;
        private int limit;
        byte[] bytes;
        int length;

        LineBuffer(int initialCapacity) {
            bytes = new byte[Math.max(initialCapacity, 16)];
        }

        LineStatus readLine(InputStream in, long maxBytes) throws IOException {
            length = 0;
            boolean tooLong = false;
            boolean sawAny = false;
            while (true) {
                if (position == limit) {
                    limit = in.read(input, 0, input.length);
                    position = 0;
                    if (limit <= 0) {
                        limit = 0;
                        break;
                    }
                }
                sawAny = true;
                int end = position;
                while (end < limit && input[end] != '\n') {
                    end++;
                }
                int count = end - position;
                if (!tooLong) {
                    if (length + (long) count > maxBytes) {
                        tooLong = true;
                    } else {
                        if (length + count > bytes.length) {
                            bytes = Arrays.copyOf(bytes, (int)
                                    Math.min(Math.max((long) bytes.length * 2, length + count), maxBytes + 1));
                        }
                        System.arraycopy(input, position, bytes, length, count);
                        length += count;
                    }
                }
                position = end;
                if (end < limit) {
                    position++; // the newline
                    break;
                }
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
