package org.fusioncentre.intake.reader;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.fusioncentre.intake.ReportFormat;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * CSV with a header row. Columns map to report fields by name, or by the mapping in the import
 * options ({@code body=text}, {@code incident.killed=fatalities}); fields under {@code incident.}
 * build a structured incident, so incident tables come in without text extraction. Columns that
 * map to nothing are kept as unknown fields. Each row's raw form is its exact text in the file.
 */
final class CsvReader implements ReportReader {
    private static final String INCIDENT_PREFIX = "incident.";
    private static final char REPLACEMENT = '\uFFFD';

    private final JsonMapper json;
    private final RecordParser parser;
    private final ReaderSettings settings;

    CsvReader(JsonMapper json, ReaderSettings settings) {
        this.json = requireNonNull(json, "json is null");
        this.settings = requireNonNull(settings, "settings is null");
        this.parser = new RecordParser(json, settings);
    }

    @Override
    public void read(ByteSource input, Consumer<ReadResult> sink) throws IOException {
        if (Text.startsBinary(input)) {
            sink.accept(new ReadResult.Rejected(input.name(), "binary file (NUL bytes), not CSV"));
            return;
        }
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true)
                .get();
        InputStream stream = input.open();
        Reader decoder = new InputStreamReader(
                stream,
                StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPLACE)
                        .onUnmappableCharacter(CodingErrorAction.REPLACE));
        RecordingReader recording = new RecordingReader(decoder);
        CSVParser csv;
        try {
            csv = CSVParser.builder().setReader(recording).setFormat(format).get();
        } catch (IllegalArgumentException | UncheckedIOException | CSVException e) {
            recording.close();
            sink.accept(new ReadResult.Rejected(input.name() + ":1", "unusable CSV header: " + firstLine(e)));
            return;
        }
        try (csv) {
            List<String> headers = csv.getHeaderNames();
            if (headers.isEmpty()) {
                sink.accept(new ReadResult.Rejected(input.name(), "empty CSV file (no header row)"));
                return;
            }
            String unknownMapping = unknownMappedColumn(headers);
            if (unknownMapping != null) {
                sink.accept(new ReadResult.Rejected(input.name(), unknownMapping));
                return;
            }
            Iterator<CSVRecord> rows = csv.iterator();
            Pending pending = null;
            try {
                while (rows.hasNext()) {
                    CSVRecord row = rows.next();
                    if (pending != null) {
                        finish(pending, recording.take(pending.position, row.getCharacterPosition()), input, sink);
                    }
                    pending =
                            new Pending(row, row.getCharacterPosition(), recording.lineAt(row.getCharacterPosition()));
                }
            } catch (UncheckedIOException | IllegalStateException e) {
                String where = pending == null ? input.name() : input.name() + ":" + pending.line;
                if (pending != null) {
                    finish(pending, recording.take(pending.position, -1), input, sink);
                }
                sink.accept(new ReadResult.Rejected(
                        where,
                        "malformed CSV after this row: " + firstLine(e) + "; the rest of this file was not read"));
                return;
            }
            if (pending != null) {
                recording.drain();
                finish(pending, recording.take(pending.position, -1), input, sink);
            }
        }
    }

    private void finish(Pending pending, String rawText, ByteSource input, Consumer<ReadResult> sink) {
        String origin = input.name() + ":" + pending.line;
        String raw = stripLineEnd(rawText);
        if (raw.indexOf(REPLACEMENT) >= 0) {
            sink.accept(new ReadResult.Rejected(origin, "not valid UTF-8 text"));
            return;
        }
        if (raw.getBytes(StandardCharsets.UTF_8).length > settings.maxRecordBytes()) {
            sink.accept(new ReadResult.Rejected(origin, Text.bytesLimitMessage(settings.maxRecordBytes())));
            return;
        }
        if (!pending.row.isConsistent()) {
            sink.accept(new ReadResult.Rejected(
                    origin,
                    "row has " + pending.row.size() + " values but the header has "
                            + pending.row.getParser().getHeaderNames().size()));
            return;
        }
        try {
            sink.accept(new ReadResult.Parsed(parser.parse(toObject(pending.row), raw, ReportFormat.CSV), origin));
        } catch (IllegalArgumentException e) {
            sink.accept(new ReadResult.Rejected(origin, e.getMessage()));
        }
    }

    private ObjectNode toObject(CSVRecord row) {
        Map<String, String> columnToField = new HashMap<>();
        settings.options().columns().forEach((field, column) -> columnToField.put(column, field));
        ObjectNode node = json.createObjectNode();
        ObjectNode incident = json.createObjectNode();
        for (Map.Entry<String, String> cell : row.toMap().entrySet()) {
            String column = cell.getKey();
            String value = cell.getValue();
            String field = columnToField.get(column);
            if (field == null) {
                // an unmapped column keeps its header as field name, unless a mapping gave that name to another column
                field = settings.options().columns().containsKey(column) ? "column:" + column : column;
            }
            if (field.startsWith(INCIDENT_PREFIX)) {
                if (!value.isBlank()) {
                    putTyped(incident, field.substring(INCIDENT_PREFIX.length()), value.strip());
                }
            } else if (!value.isEmpty() || !RecordParser.KNOWN_FIELDS.contains(field)) {
                node.put(field, value);
            }
        }
        if (!incident.isEmpty()) {
            node.set("incident", incident);
        }
        return node;
    }

    private static void putTyped(ObjectNode node, String field, String value) {
        if (value.matches("-?\\d{1,15}")) {
            node.put(field, Long.parseLong(value));
        } else {
            node.put(field, value);
        }
    }

    private @Nullable String unknownMappedColumn(List<String> headers) {
        for (Map.Entry<String, String> mapping : settings.options().columns().entrySet()) {
            if (!headers.contains(mapping.getValue())) {
                return "column mapping " + mapping.getKey() + "=" + mapping.getValue()
                        + " names a column the header does not have (header: " + String.join(", ", headers) + ")";
            }
        }
        return null;
    }

    private static String stripLineEnd(String text) {
        int end = text.length();
        while (end > 0 && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
            end--;
        }
        return text.substring(0, end);
    }

    private static String firstLine(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.lines().findFirst().orElse(message);
    }

    private record Pending(CSVRecord row, long position, long line) {}

    /**
     * Keeps the characters the CSV parser reads, so each row's exact text can be cut out by the
     * character positions the parser reports. Text before the oldest pending row is dropped.
     */
    static final class RecordingReader extends Reader {
        private final Reader in;
        private final StringBuilder kept = new StringBuilder();
        private long keptFrom;
        private long linesBeforeKept;
        private boolean atStart = true;

        RecordingReader(Reader in) {
            this.in = in;
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            int count = in.read(buffer, offset, length);
            if (count > 0 && atStart && buffer[offset] == '\uFEFF') {
                // a byte-order mark is not part of the first header name
                System.arraycopy(buffer, offset + 1, buffer, offset, count - 1);
                count--;
            }
            if (count > 0) {
                atStart = false;
            }
            if (count > 0) {
                kept.append(buffer, offset, count);
            }
            return count;
        }

        /** Reads whatever the parser left unread, so the last row's text is complete. */
        void drain() throws IOException {
            char[] buffer = new char[8192];
            while (read(buffer, 0, buffer.length) > 0) {
                // appended by read
            }
        }

        /** The 1-based line of a character position still kept. */
        long lineAt(long position) {
            long lines = linesBeforeKept;
            int limit = (int) Math.min(kept.length(), position - keptFrom);
            for (int i = 0; i < limit; i++) {
                if (kept.charAt(i) == '\n') {
                    lines++;
                }
            }
            return lines + 1;
        }

        /** The text from {@code from} to {@code to} (or to the end when negative); drops what lies before {@code to}. */
        String take(long from, long to) {
            int start = (int) (from - keptFrom);
            int end = to < 0 ? kept.length() : (int) Math.min(kept.length(), to - keptFrom);
            String text = kept.substring(Math.max(0, start), Math.max(Math.max(0, start), end));
            for (int i = 0; i < end; i++) {
                if (kept.charAt(i) == '\n') {
                    linesBeforeKept++;
                }
            }
            kept.delete(0, end);
            keptFrom += end;
            return text;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
