package org.fusioncentre.intake.reader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fusioncentre.intake.reader.ReaderFixture.parsed;
import static org.fusioncentre.intake.reader.ReaderFixture.read;
import static org.fusioncentre.intake.reader.ReaderFixture.rejected;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import org.fusioncentre.access.Marking;
import org.fusioncentre.intake.ImportOptions;
import org.fusioncentre.intake.IncomingReport;
import org.fusioncentre.intake.ReportFormat;
import org.junit.jupiter.api.Test;

class JsonLinesReaderTest {

    @Test
    void readsEveryFieldOfTheReportInputContract() {
        String line = """
                {"source": "Frontier Ledger", "external_id": "fl-1", "url": "https://example.org/a", "published_at": "2024-11-09T08:30:00+05:00", \
                "title": "Blast at railway station", "body": "At least 27 people were killed.", "language": "en", "marking": "TLP:AMBER"}""";

        List<IncomingReport> reports = parsed(read(ReportFormat.JSONL, line));

        assertThat(reports).singleElement().satisfies(report -> {
            assertThat(report.source()).isEqualTo("Frontier Ledger");
            assertThat(report.externalId()).isEqualTo("fl-1");
            assertThat(report.url()).isEqualTo("https://example.org/a");
            assertThat(report.publishedAt()).isEqualTo(OffsetDateTime.parse("2024-11-09T08:30:00+05:00"));
            assertThat(report.title()).isEqualTo("Blast at railway station");
            assertThat(report.body()).isEqualTo("At least 27 people were killed.");
            assertThat(report.language()).isEqualTo("en");
            assertThat(report.marking()).isEqualTo(Marking.AMBER);
            assertThat(report.raw()).isEqualTo(line);
            assertThat(report.extra()).isNull();
        });
    }

    @Test
    void keepsEveryValidLineAndRejectsEachBadOneWithItsLineAndReason() {
        String input = String.join(
                "\n",
                "{\"source\": \"A\", \"body\": \"one\"}",
                "{\"source\": \"A\", \"body\": ",
                "{\"body\": \"no source\"}",
                "{\"source\": \"A\"}",
                "{\"source\": \"A\", \"body\": \"x\", \"published_at\": \"last Tuesday\"}",
                "{\"source\": \"A\", \"body\": \"x\", \"marking\": \"TLP:PURPLE\"}",
                "[1, 2]",
                "",
                "{\"source\": \"A\", \"body\": \"two\"}");

        List<ReadResult> results = read(ReportFormat.JSONL, input);

        assertThat(parsed(results)).extracting(IncomingReport::body).containsExactly("one", "two");
        assertThat(rejected(results))
                .extracting(ReadResult.Rejected::origin, r -> r.reason().split(":")[0])
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("input:2", "malformed JSON"),
                        org.assertj.core.groups.Tuple.tuple("input:3", "missing required field 'source'"),
                        org.assertj.core.groups.Tuple.tuple(
                                "input:4", "neither 'body' nor a structured 'incident' is given"),
                        org.assertj.core.groups.Tuple.tuple("input:5", "'published_at'"),
                        org.assertj.core.groups.Tuple.tuple("input:6", "'marking'"),
                        org.assertj.core.groups.Tuple.tuple("input:7", "a report must be a JSON object, not an array"));
    }

    @Test
    void keepsUnknownFieldsAsReceived() {
        List<IncomingReport> reports = parsed(read(
                ReportFormat.JSONL, "{\"source\": \"A\", \"body\": \"b\", \"province\": \"Sindh\", \"tags\": [1, 2]}"));

        assertThat(reports.getFirst().extra()).isEqualTo("{\"province\":\"Sindh\",\"tags\":[1,2]}");
    }

    @Test
    void acceptsAStructuredIncidentInsteadOfABody() {
        List<IncomingReport> reports = parsed(read(
                ReportFormat.JSONL,
                "{\"source\": \"ACLED\", \"incident\": {\"event_type\": \"BOMBING\", \"killed\": 3}}"));

        assertThat(reports).singleElement().satisfies(report -> {
            assertThat(report.body()).isNull();
            assertThat(report.incident()).isEqualTo("{\"event_type\":\"BOMBING\",\"killed\":3}");
        });
    }

    @Test
    void rejectsLinesThatAreNotUtf8OrAreBinaryButKeepsTheOthers() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write("{\"source\": \"A\", \"body\": \"good\"}\n".getBytes(StandardCharsets.UTF_8));
        bytes.write("{\"source\": \"A\", \"body\": \"caf".getBytes(StandardCharsets.UTF_8));
        bytes.write(0xE9); // Latin-1 e-acute: not UTF-8
        bytes.write("\"}\n".getBytes(StandardCharsets.UTF_8));
        bytes.write(new byte[] {0, 1, 2, 3, '\n'});
        bytes.write("{\"source\": \"A\", \"body\": \"also good\"}\n".getBytes(StandardCharsets.UTF_8));

        List<ReadResult> results = read(ReportFormat.JSONL, bytes.toByteArray(), ImportOptions.defaults(), 1_000_000);

        assertThat(parsed(results)).extracting(IncomingReport::body).containsExactly("good", "also good");
        assertThat(rejected(results))
                .extracting(ReadResult.Rejected::reason)
                .containsExactly("not valid UTF-8 text", "binary content (NUL bytes), not a JSON line");
    }

    @Test
    void rejectsALineOverTheSizeLimitAndReadsOnAfterIt() {
        String big = "{\"source\": \"A\", \"body\": \"" + "x".repeat(5_000) + "\"}";
        String input = big + "\n{\"source\": \"A\", \"body\": \"small\"}\n";

        List<ReadResult> results =
                read(ReportFormat.JSONL, input.getBytes(StandardCharsets.UTF_8), ImportOptions.defaults(), 2_000);

        assertThat(rejected(results)).singleElement().satisfies(r -> {
            assertThat(r.origin()).isEqualTo("input:1");
            assertThat(r.reason()).contains("larger than the limit of 2,000 bytes");
        });
        assertThat(parsed(results)).extracting(IncomingReport::body).containsExactly("small");
    }

    @Test
    void usesTheImportDefaultsForSourceAndMarking() {
        ImportOptions options = new ImportOptions(null, "Police Desk", Marking.AMBER, java.util.Map.of());

        List<IncomingReport> reports = parsed(
                read(ReportFormat.JSONL, "{\"body\": \"b\"}".getBytes(StandardCharsets.UTF_8), options, 1_000_000));

        assertThat(reports.getFirst().source()).isEqualTo("Police Desk");
        assertThat(reports.getFirst().marking()).isEqualTo(Marking.AMBER);
    }

    @Test
    void placesDatesWithoutOffsetInPakistanTime() {
        List<IncomingReport> reports = parsed(read(
                ReportFormat.JSONL,
                "{\"source\": \"A\", \"body\": \"b\", \"published_at\": \"2024-11-09 08:30\"}".replace(" 08", "T08")));

        assertThat(reports.getFirst().publishedAt()).isEqualTo(OffsetDateTime.parse("2024-11-09T08:30:00+05:00"));
    }

    @Test
    void handlesWindowsLineEndingsAndAByteOrderMark() {
        String input = "\uFEFF{\"source\": \"A\", \"body\": \"one\"}\r\n{\"source\": \"A\", \"body\": \"two\"}\r\n";

        assertThat(parsed(read(ReportFormat.JSONL, input)))
                .extracting(IncomingReport::body)
                .containsExactly("one", "two");
    }
}
