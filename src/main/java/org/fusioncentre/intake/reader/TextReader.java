package org.fusioncentre.intake.reader;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.fusioncentre.intake.IncomingReport;
import org.fusioncentre.intake.ReportFormat;

/**
 * A plain text file is one report: its whole text is the body, its first line (when short) the
 * title. Text files carry no source, so the import must name one.
 */
final class TextReader implements ReportReader {
    private static final int MAX_TITLE_LINE = 300;

    private final ReaderSettings settings;

    TextReader(ReaderSettings settings) {
        this.settings = requireNonNull(settings, "settings is null");
    }

    @Override
    public void read(ByteSource input, Consumer<ReadResult> sink) throws IOException {
        Optional<String> text = WholeFile.read(input, settings.maxRecordBytes(), "text report", sink);
        if (text.isEmpty()) {
            return;
        }
        String source = settings.options().defaultSource();
        if (source == null) {
            sink.accept(
                    new ReadResult.Rejected(input.name(), "a text file names no source: import it with --source NAME"));
            return;
        }
        if (Text.looksBinary(text.get())) {
            sink.accept(new ReadResult.Rejected(
                    input.name(), "control characters in text: binary content is not a report"));
            return;
        }
        String body = text.get().strip();
        String firstLine = body.lines().findFirst().orElse("").strip();
        String title = firstLine.length() <= MAX_TITLE_LINE && body.contains("\n") ? firstLine : null;
        try {
            sink.accept(new ReadResult.Parsed(
                    new IncomingReport(
                            source,
                            null,
                            null,
                            null,
                            title,
                            body,
                            null,
                            settings.options().defaultMarking(),
                            List.of(),
                            null,
                            null,
                            text.get(),
                            ReportFormat.TEXT),
                    input.name()));
        } catch (IllegalArgumentException e) {
            sink.accept(new ReadResult.Rejected(input.name(), e.getMessage()));
        }
    }
}
