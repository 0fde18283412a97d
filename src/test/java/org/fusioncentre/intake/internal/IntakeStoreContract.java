package org.fusioncentre.intake.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.fusioncentre.access.Audience;
import org.fusioncentre.access.Marking;
import org.fusioncentre.intake.ImportOptions;
import org.fusioncentre.intake.ImportProgress;
import org.fusioncentre.intake.IngestOutcome;
import org.fusioncentre.intake.IngestSummary;
import org.fusioncentre.intake.Intake;
import org.fusioncentre.intake.Reliability;
import org.fusioncentre.intake.Report;
import org.fusioncentre.intake.ReportPage;
import org.fusioncentre.intake.ReportQuery;
import org.fusioncentre.intake.ReportReceived;
import org.fusioncentre.intake.Source;
import org.fusioncentre.intake.SourceId;
import org.fusioncentre.intake.SourceKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;

/**
 * What intake promises of any store it runs on. Each test uses sources of its own, so the tests
 * share one database without seeing each other's reports.
 */
abstract class IntakeStoreContract {
    @Autowired
    Intake intake;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationEvents events;

    @TempDir
    Path files;

    private final String source = "Source " + UUID.randomUUID();

    @Test
    void storesEachReportOnceAndAnswersResubmissionsAsDuplicates() throws Exception {
        Path file = jsonl(
                "first.jsonl",
                "{\"source\": \"%s\", \"external_id\": \"a-1\", \"body\": \"Two killed in Quetta blast.\"}",
                "{\"source\": \"%s\", \"body\": \"Check post attacked in Bannu.\"}");
        Path again = jsonl(
                "again.jsonl",
                "{\"source\": \"%s\", \"external_id\": \"a-1\", \"body\": \"Two killed in Quetta blast (updated).\"}",
                "{\"source\": \"%s\", \"body\": \"Check post   attacked in\\nBannu.\"}",
                "{\"source\": \"%s\", \"external_id\": \"a-2\", \"body\": \"Two killed in Quetta blast.\"}");

        IngestSummary first = importFiles(file);
        IngestSummary second = importFiles(again);

        assertThat(first.accepted()).isEqualTo(2);
        assertThat(second.accepted()).isZero();
        assertThat(second.duplicates()).isEqualTo(3);
        assertThat(reportsOfSource()).isEqualTo(2);
    }

    @Test
    void keepsTheRecordExactlyAsReceivedWithItsUnknownFields() throws Exception {
        String line = "{\"source\": \"%s\", \"external_id\": \"raw-1\", \"body\": \"Text\", \"district\": \"Kech\"}"
                .formatted(source);
        Path file = files.resolve("raw.jsonl");
        Files.writeString(file, line + "\n");
        List<IngestOutcome> outcomes = new ArrayList<>();

        intake.importPaths(List.of(file), ImportOptions.defaults(), outcomes::add, ImportProgress.NONE);

        Report report = intake.find(outcomes.getFirst().reportId()).orElseThrow();
        assertThat(report.raw()).isEqualTo(line);
        assertThat(report.extra()).isEqualTo("{\"district\":\"Kech\"}");
        assertThat(report.origin()).isEqualTo(file + ":1");
        assertThat(report.sourceName()).isEqualTo(source);
    }

    @Test
    void publishesReportReceivedForNewReportsOnly() throws Exception {
        Path file = jsonl(
                "events.jsonl", "{\"source\": \"%s\", \"body\": \"One\"}", "{\"source\": \"%s\", \"body\": \"Two\"}");

        importFiles(file);
        importFiles(file);

        assertThat(events.stream(ReportReceived.class)
                        .filter(event -> event.sourceId().equals(SourceId.forName(source))))
                .hasSize(2);
    }

    @Test
    void registersAnUnknownSourceAsUnassessedAndAppliesAKnownSourcesDefaultMarking() throws Exception {
        String graded = source + " graded";
        intake.saveSource(new Source(
                SourceId.forName(graded), graded, SourceKind.CTD, Reliability.B, Marking.AMBER, "CTD desk", null));
        Path file = jsonl(
                "marking.jsonl",
                "{\"source\": \"%s\", \"body\": \"Unknown source\"}",
                "{\"source\": \"" + graded + "\", \"body\": \"Graded source, no marking\"}",
                "{\"source\": \"" + graded + "\", \"body\": \"Graded source, own marking\", \"marking\": \"TLP:RED\","
                        + " \"recipients\": [\"analyst.one\", \" \", \"CTD Balochistan\", \"analyst.one\"]}",
                "{\"source\": \"" + graded + "\", \"body\": \"RED for nobody\", \"marking\": \"TLP:RED\"}");
        List<IngestOutcome> outcomes = new ArrayList<>();

        intake.importPaths(List.of(file), ImportOptions.defaults(), outcomes::add, ImportProgress.NONE);

        IngestOutcome nobody = outcomes.removeLast();
        assertThat(nobody.status()).isEqualTo(IngestOutcome.Status.REJECTED);
        assertThat(nobody.reason()).contains("must name its recipients");
        assertThat(intake.find(outcomes.getLast().reportId()).orElseThrow().recipients())
                .containsExactly("analyst.one", "CTD Balochistan");

        assertThat(intake.source(SourceId.forName(source))).get().satisfies(unknown -> {
            assertThat(unknown.reliability()).isEqualTo(Reliability.F);
            assertThat(unknown.kind()).isEqualTo(SourceKind.OTHER);
        });
        assertThat(outcomes)
                .extracting(
                        outcome -> intake.find(outcome.reportId()).orElseThrow().marking())
                .containsExactly(Marking.GREEN, Marking.AMBER, Marking.RED);
    }

    @Test
    void keepsEveryValidRecordOfAFileWithBadOnesAndNamesEachRejection() throws Exception {
        Path file = jsonl(
                "mixed.jsonl",
                "{\"source\": \"%s\", \"body\": \"good 1\"}",
                "{\"source\": \"%s\", \"body\": \"broken",
                "{\"body\": \"no source\"}",
                "{\"source\": \"%s\", \"body\": \"good 2\", \"published_at\": \"2024-11-09T08:30:00+05:00\"}",
                "{\"source\": \"%s\", \"body\": \"bad date\", \"published_at\": \"9th November\"}");

        IngestSummary summary = importFiles(file, files.resolve("missing.jsonl"), files);

        assertThat(reportsOfSource()).isEqualTo(2);
        assertThat(summary.rejections())
                .extracting(IngestOutcome::origin)
                .contains(
                        file + ":2",
                        file + ":3",
                        file + ":5",
                        files.resolve("missing.jsonl").toString());
        assertThat(summary.rejections())
                .allSatisfy(rejection -> assertThat(rejection.reason()).isNotBlank());
    }

    @Test
    void storesEveryReportOnceWhenTwoImportsOfTheSameFileRace() throws Exception {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            lines.add(
                    "{\"source\": \"%s\", \"external_id\": \"race-" + i + "\", \"body\": \"Report number " + i + "\"}");
        }
        Path file = jsonl("race.jsonl", lines.toArray(String[]::new));

        CompletableFuture<IngestSummary> one = CompletableFuture.supplyAsync(() -> importFiles(file));
        CompletableFuture<IngestSummary> two = CompletableFuture.supplyAsync(() -> importFiles(file));

        assertThat(one.get().accepted() + two.get().accepted()).isEqualTo(400);
        assertThat(one.get().duplicates() + two.get().duplicates()).isEqualTo(400);
        assertThat(reportsOfSource()).isEqualTo(400);
    }

    @Test
    void pagesThroughReportsNewestFirstWithACursor() throws Exception {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            lines.add("{\"source\": \"%s\", \"body\": \"Page report " + i + "\"}");
        }
        importFiles(jsonl("pages.jsonl", lines.toArray(String[]::new)));

        List<String> bodies = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            ReportPage page = intake.list(new ReportQuery(source, null, null, cursor, 3), Audience.operator("test"));
            page.items().forEach(report -> bodies.add(report.body()));
            cursor = page.nextCursor();
            pages++;
        } while (cursor != null);

        assertThat(pages).isEqualTo(3);
        assertThat(bodies)
                .containsExactly(
                        "Page report 6",
                        "Page report 5",
                        "Page report 4",
                        "Page report 3",
                        "Page report 2",
                        "Page report 1",
                        "Page report 0");
    }

    @Test
    void importsCsvWithAColumnMappingIntoStructuredIncidents() throws Exception {
        Path file = files.resolve("table.csv");
        Files.writeString(
                file, "event_date,admin2,fatalities\n2023-05-01,Kech,3\n2023-05-02,Quetta,0\n", StandardCharsets.UTF_8);
        ImportOptions options = new ImportOptions(
                null,
                source,
                null,
                Map.of("published_at", "event_date", "incident.district", "admin2", "incident.killed", "fatalities"));
        List<IngestOutcome> outcomes = new ArrayList<>();

        intake.importPaths(List.of(file), options, outcomes::add, ImportProgress.NONE);

        assertThat(outcomes).extracting(IngestOutcome::status).containsOnly(IngestOutcome.Status.ACCEPTED);
        assertThat(intake.find(outcomes.getFirst().reportId()).orElseThrow().incident())
                .isEqualTo("{\"district\":\"Kech\",\"killed\":3}");
    }

    private IngestSummary importFiles(Path... paths) {
        IngestSummary summary = new IngestSummary(100);
        intake.importPaths(List.of(paths), ImportOptions.defaults(), summary, ImportProgress.NONE);
        return summary;
    }

    private Path jsonl(String name, String... lines) throws Exception {
        Path file = files.resolve(name);
        StringBuilder text = new StringBuilder();
        for (String line : lines) {
            text.append(line.replace("%s", source)).append('\n');
        }
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private long reportsOfSource() {
        Long count = jdbc.queryForObject(
                "SELECT COUNT(*) FROM report WHERE source_id = ?",
                Long.class,
                SourceId.forName(source).value());
        return count == null ? 0 : count;
    }
}
