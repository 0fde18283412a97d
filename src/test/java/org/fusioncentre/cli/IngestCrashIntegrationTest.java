package org.fusioncentre.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Killing an import with SIGKILL part-way and running it again ends in exactly the state of one
 * clean run: every batch is one transaction, and report ids derive from content, not from time.
 */
class IngestCrashIntegrationTest {
    private static final int REPORTS = 20_000;

    @TempDir
    Path dir;

    @Test
    void aKilledImportRunAgainEndsInTheStateOfOneCleanRun() throws Exception {
        Path file = dir.resolve("large.jsonl");
        writeReports(file);
        Path crashed = dir.resolve("crashed");
        Path clean = dir.resolve("clean");

        long storedBeforeKill = runAndKillAfterSomeBatches(crashed, file);
        Process rerun = ingest(crashed, file);
        String rerunOutput = new String(rerun.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(rerun.waitFor(5, TimeUnit.MINUTES)).isTrue();
        Process once = ingest(clean, file);
        String cleanOutput = new String(once.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(once.waitFor(5, TimeUnit.MINUTES)).isTrue();

        assertThat(storedBeforeKill).isPositive().isLessThan(REPORTS);
        assertThat(cleanOutput).contains("accepted " + String.format("%,d", REPORTS) + ", duplicate 2, rejected 1");
        assertThat(rerunOutput)
                .contains("rejected 1")
                .doesNotContain("accepted " + String.format("%,d", REPORTS) + ",");
        assertThat(state(crashed)).isEqualTo(state(clean));
    }

    /** Starts an import, waits until some batches are committed, kills it; returns the records it had finished. */
    private long runAndKillAfterSomeBatches(Path data, Path file) throws Exception {
        Process process = ingest(data, file);
        long records = 0;
        try (BufferedReader lines =
                new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                if (line.startsWith("progress: ")) {
                    records = Long.parseLong(line.split(" ")[1]);
                    if (records >= 3_000) {
                        break;
                    }
                }
            }
            process.destroyForcibly(); // SIGKILL: no shutdown hook, no cleanup
            assertThat(process.waitFor(1, TimeUnit.MINUTES)).isTrue();
        }
        assertThat(process.exitValue())
                .as("the import must have been killed, not finished")
                .isNotZero();
        return records;
    }

    private Process ingest(Path data, Path file) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = List.of(
                java,
                "-Xmx256m",
                "-cp",
                System.getProperty("java.class.path"),
                FusionCli.class.getName(),
                "ingest",
                "--progress",
                "lines",
                "--data",
                data.toString(),
                file.toString());
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        return builder.start();
    }

    private static void writeReports(Path file) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            String[] districts = {
                "Quetta", "Kech", "Bannu", "North Waziristan", "Peshawar", "Khyber", "Gwadar", "Lakki Marwat"
            };
            for (int i = 0; i < REPORTS; i++) {
                String district = districts[i % districts.length];
                out.write("{\"source\": \"Wire " + (i % 5) + "\", \"external_id\": \"w-" + i
                        + "\", \"published_at\": \"2026-10-"
                        + String.format("%02d", 1 + i % 28) + "T09:00:00+05:00\", \"title\": \"Attack in " + district
                        + "\", \"body\": \"Report "
                        + i + ": militants attacked a check post in " + district + " district; " + (i % 7)
                        + " personnel were martyred.\"}\n");
                if (i == 100) {
                    out.write("{\"source\": \"Wire 1\", \"external_id\": \"w-1\", \"body\": \"a resubmission\"}\n");
                    out.write(
                            "{\"source\": \"Wire 2\", \"body\": \"Report 2: militants attacked a check post in Bannu district; 2 personnel were martyred.\"}\n");
                    out.write("{\"source\": \"Wire 2\", \"body\": \n");
                }
            }
        }
    }

    /** Everything stored that a clean run determines: reports without their arrival order and time, and sources. */
    private static List<String> state(Path data) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(
                        "jdbc:h2:file:" + data.resolve("db/fusion") + ";AUTO_SERVER=TRUE", "sa", "");
                Statement statement = connection.createStatement()) {
            try (ResultSet rs = statement.executeQuery(
                    "SELECT id, source_id, external_id, url, published_at, title, body, language, marking, content_hash, incident, extra, raw, format, origin "
                            + "FROM report ORDER BY id")) {
                while (rs.next()) {
                    StringBuilder row = new StringBuilder();
                    for (int column = 1; column <= 15; column++) {
                        row.append(rs.getString(column)).append('|');
                    }
                    rows.add(row.toString());
                }
            }
            try (ResultSet rs = statement.executeQuery(
                    "SELECT id, name, kind, reliability, default_marking FROM source ORDER BY id")) {
                while (rs.next()) {
                    rows.add("source|" + rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getString(3) + "|"
                            + rs.getString(4) + "|" + rs.getString(5));
                }
            }
        }
        assertThat(rows).hasSizeGreaterThan(REPORTS);
        return rows;
    }
}
