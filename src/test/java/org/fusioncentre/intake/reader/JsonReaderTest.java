package org.fusioncentre.intake.reader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fusioncentre.intake.reader.ReaderFixture.parsed;
import static org.fusioncentre.intake.reader.ReaderFixture.read;
import static org.fusioncentre.intake.reader.ReaderFixture.rejected;

import java.util.List;
import org.fusioncentre.intake.IncomingReport;
import org.fusioncentre.intake.ReportFormat;
import org.junit.jupiter.api.Test;

class JsonReaderTest {

    @Test
    void readsAnArrayKeepingEachElementsExactText() {
        String first = "{\"source\": \"A\",\n  \"body\": \"first\"}";
        String input = "[\n  " + first + ",\n  {\"source\": \"A\", \"body\": \"second\"}\n]";

        List<IncomingReport> reports = parsed(read(ReportFormat.JSON, input));

        assertThat(reports).extracting(IncomingReport::body).containsExactly("first", "second");
        assertThat(reports.getFirst().raw()).isEqualTo(first);
    }

    @Test
    void readsASingleObject() {
        assertThat(parsed(read(ReportFormat.JSON, "{\"source\": \"A\", \"body\": \"only\"}")))
                .extracting(IncomingReport::body)
                .containsExactly("only");
    }

    @Test
    void rejectsNonObjectElementsAndKeepsTheRest() {
        List<ReadResult> results = read(ReportFormat.JSON, "[\"text\", {\"source\": \"A\", \"body\": \"ok\"}, 42]");

        assertThat(parsed(results)).hasSize(1);
        assertThat(rejected(results))
                .extracting(ReadResult.Rejected::reason)
                .containsExactly(
                        "a report must be a JSON object, not a string", "a report must be a JSON object, not a number");
    }

    @Test
    void keepsTheRecordsBeforeASyntaxErrorAndSaysWhereItStopped() {
        List<ReadResult> results =
                read(ReportFormat.JSON, "[{\"source\": \"A\", \"body\": \"kept\"},\n{\"source\": \"A\", \"body\": }]");

        assertThat(parsed(results)).extracting(IncomingReport::body).containsExactly("kept");
        assertThat(rejected(results)).singleElement().satisfies(r -> {
            assertThat(r.origin()).isEqualTo("input:2");
            assertThat(r.reason()).startsWith("malformed JSON").endsWith("the rest of this file was not read");
        });
    }

    @Test
    void rejectsABinaryFile() {
        List<ReadResult> results = read(
                ReportFormat.JSON, new byte[] {'[', 0, 0, 1}, org.fusioncentre.intake.ImportOptions.defaults(), 1000);

        assertThat(rejected(results))
                .extracting(ReadResult.Rejected::reason)
                .containsExactly("binary file (NUL bytes), not JSON");
    }
}
