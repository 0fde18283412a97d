package org.fusioncentre.intake.reader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fusioncentre.intake.reader.ReaderFixture.parsed;
import static org.fusioncentre.intake.reader.ReaderFixture.read;
import static org.fusioncentre.intake.reader.ReaderFixture.rejected;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.fusioncentre.intake.ImportOptions;
import org.fusioncentre.intake.IncomingReport;
import org.fusioncentre.intake.ReportFormat;
import org.junit.jupiter.api.Test;

class CsvReaderTest {

    @Test
    void mapsColumnsNamedLikeTheFieldsAndKeepsEachRowsExactText() {
        String csv = "source,external_id,published_at,body\n"
                + "Frontier Ledger,7,2024-11-09,\"Two killed, three injured\"\n"
                + "Frontier Ledger,8,2024-11-10,\"A quoted\nmulti-line body\"\n";

        List<IncomingReport> reports = parsed(read(ReportFormat.CSV, csv));

        assertThat(reports).extracting(IncomingReport::externalId).containsExactly("7", "8");
        assertThat(reports.get(0).raw()).isEqualTo("Frontier Ledger,7,2024-11-09,\"Two killed, three injured\"");
        assertThat(reports.get(1).raw()).isEqualTo("Frontier Ledger,8,2024-11-10,\"A quoted\nmulti-line body\"");
        assertThat(reports.get(1).body()).isEqualTo("A quoted\nmulti-line body");
    }

    @Test
    void mapsColumnsByTheImportMappingAndBuildsAStructuredIncident() {
        String csv = "event_date,admin2,fatalities,notes\n2023-05-01,Kech,3,Militants attacked a post.\n";
        ImportOptions options = new ImportOptions(
                null,
                "ACLED",
                null,
                Map.of(
                        "published_at",
                        "event_date",
                        "body",
                        "notes",
                        "incident.district",
                        "admin2",
                        "incident.killed",
                        "fatalities"));

        List<IncomingReport> reports =
                parsed(read(ReportFormat.CSV, csv.getBytes(StandardCharsets.UTF_8), options, 1_000_000));

        assertThat(reports).singleElement().satisfies(report -> {
            assertThat(report.source()).isEqualTo("ACLED");
            assertThat(report.body()).isEqualTo("Militants attacked a post.");
            assertThat(report.incident()).isEqualTo("{\"district\":\"Kech\",\"killed\":3}");
            assertThat(report.extra()).isNull();
        });
    }

    @Test
    void keepsUnmappedColumnsAsUnknownFields() {
        String csv = "source,body,province\nA,text,Sindh\n";

        assertThat(parsed(read(ReportFormat.CSV, csv)).getFirst().extra()).isEqualTo("{\"province\":\"Sindh\"}");
    }

    @Test
    void rejectsBadRowsWithTheirLineAndKeepsTheGoodOnes() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write("source,body,published_at\n".getBytes(StandardCharsets.UTF_8));
        bytes.write("A,first,2024-01-01\n".getBytes(StandardCharsets.UTF_8));
        bytes.write("A,,2024-01-01\n".getBytes(StandardCharsets.UTF_8));
        bytes.write("A,caf".getBytes(StandardCharsets.UTF_8));
        bytes.write(0xE9);
        bytes.write(",2024-01-01\n".getBytes(StandardCharsets.UTF_8));
        bytes.write("A,x,not a date\n".getBytes(StandardCharsets.UTF_8));
        bytes.write("A,too,many,values\n".getBytes(StandardCharsets.UTF_8));
        bytes.write("A,last,2024-01-02\n".getBytes(StandardCharsets.UTF_8));

        List<ReadResult> results = read(ReportFormat.CSV, bytes.toByteArray(), ImportOptions.defaults(), 1_000_000);

        assertThat(parsed(results)).extracting(IncomingReport::body).containsExactly("first", "last");
        assertThat(rejected(results))
                .extracting(ReadResult.Rejected::origin)
                .containsExactly("input:3", "input:4", "input:5", "input:6");
        assertThat(rejected(results))
                .extracting(ReadResult.Rejected::reason)
                .satisfiesExactly(
                        reason -> assertThat(reason).contains("neither 'body'"),
                        reason -> assertThat(reason).isEqualTo("not valid UTF-8 text"),
                        reason -> assertThat(reason).contains("'published_at'"),
                        reason -> assertThat(reason).contains("row has 4 values but the header has 3"));
    }

    @Test
    void rejectsAMappingToAColumnTheFileDoesNotHave() {
        ImportOptions options = new ImportOptions(null, "A", null, Map.of("body", "text"));

        List<ReadResult> results =
                read(ReportFormat.CSV, "source,notes\nA,x\n".getBytes(StandardCharsets.UTF_8), options, 1_000_000);

        assertThat(rejected(results))
                .singleElement()
                .extracting(ReadResult.Rejected::reason)
                .asString()
                .contains("body=text names a column the header does not have");
    }

    @Test
    void stopsAtAnUnclosedQuoteKeepingWhatCameBefore() {
        List<ReadResult> results = read(ReportFormat.CSV, "source,body\nA,fine\nA,\"never closed\n");

        assertThat(parsed(results)).extracting(IncomingReport::body).containsExactly("fine");
        assertThat(rejected(results))
                .singleElement()
                .extracting(ReadResult.Rejected::reason)
                .asString()
                .contains("malformed CSV");
    }
}
