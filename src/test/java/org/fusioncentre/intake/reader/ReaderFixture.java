package org.fusioncentre.intake.reader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.fusioncentre.intake.ImportOptions;
import org.fusioncentre.intake.IncomingReport;
import org.fusioncentre.intake.ReportFormat;

/** Runs a reader over bytes held in memory and keeps what it produced. */
final class ReaderFixture {
    static final ZoneId PAKISTAN = ZoneId.of("Asia/Karachi");

    private ReaderFixture() {}

    static List<ReadResult> read(ReportFormat format, String text) {
        return read(format, text.getBytes(StandardCharsets.UTF_8), ImportOptions.defaults(), 1_000_000);
    }

    static List<ReadResult> read(ReportFormat format, byte[] bytes, ImportOptions options, long maxRecordBytes) {
        List<ReadResult> results = new ArrayList<>();
        try {
            new Readers(new ReaderSettings(options, maxRecordBytes, PAKISTAN))
                    .forFormat(format)
                    .read(ByteSource.of("input", bytes), results::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return results;
    }

    static ImportOptions withSource(String source) {
        return new ImportOptions(null, source, null, Map.of());
    }

    static List<IncomingReport> parsed(List<ReadResult> results) {
        return results.stream()
                .filter(ReadResult.Parsed.class::isInstance)
                .map(r -> ((ReadResult.Parsed) r).report())
                .toList();
    }

    static List<ReadResult.Rejected> rejected(List<ReadResult> results) {
        return results.stream()
                .filter(ReadResult.Rejected.class::isInstance)
                .map(ReadResult.Rejected.class::cast)
                .toList();
    }
}
