package org.fusioncentre.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a user runs it: exit codes, counts, and one-line errors. */
class CommandLineIntegrationTest {
    @TempDir
    Path dir;

    record Run(int exitCode, String out, String err) {}

    static Run fusion(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = FusionCli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void helpSucceedsAndUsageErrorsExitWithTwo() {
        assertThat(fusion("--help").exitCode()).isZero();
        assertThat(fusion("ingest", "--help").out()).contains("--column", "--source", "--data");

        Run noCommand = fusion();
        assertThat(noCommand.exitCode()).isEqualTo(2);
        assertThat(noCommand.err()).contains("a command is required");

        Run noPath = fusion("ingest");
        assertThat(noPath.exitCode()).isEqualTo(2);
        assertThat(noPath.err().lines().findFirst())
                .hasValueSatisfying(line -> assertThat(line).startsWith("fusion: Missing required parameter"));

        assertThat(fusion("ingest", "--marking", "PURPLE", "x.jsonl").exitCode())
                .isEqualTo(2);
        assertThat(fusion("frobnicate").exitCode()).isEqualTo(2);
    }

    @Test
    void ingestCountsAcceptedDuplicateAndRejectedRecordsAndNamesEachRejection() throws Exception {
        Path file = dir.resolve("reports.jsonl");
        Files.writeString(file, """
                {"source": "Frontier Ledger", "external_id": "1", "body": "Gunmen attacked a check post in Bannu."}
                {"source": "Frontier Ledger", "external_id": "1", "body": "Gunmen attacked a check post in Bannu."}
                {"source": "Frontier Ledger", "body": }
                {"source": "Frontier Ledger", "external_id": "2", "body": "Two labourers kidnapped in Kech."}
                """, StandardCharsets.UTF_8);
        String data = dir.resolve("data").toString();

        Run first = fusion(
                "ingest",
                "--data",
                data,
                file.toString(),
                dir.resolve("nothing-here.csv").toString());
        Run second = fusion("ingest", "--data", data, file.toString());

        assertThat(first.exitCode()).isEqualTo(1);
        assertThat(first.out()).contains("accepted 2, duplicate 1, rejected 2");
        assertThat(first.err())
                .contains("rejected " + file + ":3: malformed JSON", "nothing-here.csv: no such file or folder");
        assertThat(second.out()).contains("accepted 0, duplicate 3, rejected 1");
    }

    @Test
    void ingestOfCleanFilesExitsWithZeroAndTextFilesTakeTheSourceFlag() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("inbox"));
        Files.writeString(folder.resolve("note.txt"), "IED blast in Kurram\n\nA roadside bomb hit a vehicle.\n");
        Files.writeString(
                folder.resolve("page.html"),
                "<html><body><article><p>Levies post attacked in Zhob.</p></article></body></html>");

        Run run = fusion(
                "ingest", "--data", dir.resolve("data").toString(), "--source", "District Desk", folder.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("accepted 2, duplicate 0, rejected 0");
        Run sources = fusion("source", "list", "--data", dir.resolve("data").toString());
        assertThat(sources.out()).contains("District Desk", "OTHER", "F");
    }

    @Test
    void sourceAddGradesASourceAndRejectsABadGradeInOneLine() {
        String data = dir.resolve("data").toString();

        Run added = fusion(
                "source",
                "add",
                "--data",
                data,
                "--name",
                "CTD Balochistan",
                "--kind",
                "CTD",
                "--reliability",
                "B",
                "--marking",
                "AMBER");
        Run bad = fusion("source", "add", "--data", data, "--name", "X", "--kind", "CTD", "--reliability", "Q");

        assertThat(added.exitCode()).isZero();
        assertThat(fusion("source", "list", "--data", data).out()).contains("CTD Balochistan", "CTD", "B", "TLP:AMBER");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).startsWith("fusion: 'Q' is not an Admiralty reliability grade");
    }

    @Test
    void demoLoadsTheBundledReportsOnceAndExitsWithNoServe() throws Exception {
        String data = dir.resolve("data").toString();

        Run first = fusion("demo", "--no-serve", "--data", data);
        Run again = fusion("demo", "--no-serve", "--data", data);

        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.out()).containsPattern("accepted [1-9][0-9]{2}, duplicate 0, rejected 0");
        assertThat(first.out()).containsPattern("Fused them into [1-9][0-9]* incidents");
        assertThat(again.out()).containsPattern("accepted 0, duplicate [1-9][0-9]{2}, rejected 0");
        Run airport = fusion("zone", "check", "--data", data, "24.9065", "67.1608");
        assertThat(airport.out()).contains("Jinnah International Airport");
        assertThat(fusion("zone", "list", "--data", data).out().lines().filter(line -> line.contains("Jinnah")))
                .hasSize(1);
        assertThat(fusion("user", "list", "--data", data).out())
                .contains(
                        "demo.analyst  roles [ANALYST]  jurisdiction PK",
                        "demo.balochistan  roles [ANALYST]  jurisdiction PK2",
                        "demo.quetta  roles [COMMITTEE_MEMBER]  jurisdiction PK226");

        // exports: the operator's, a public one (CLEAR reports only) and one account's view
        java.nio.file.Path all = dir.resolve("all.jsonl");
        java.nio.file.Path open = dir.resolve("public.jsonl");
        java.nio.file.Path quetta = dir.resolve("quetta.jsonl");
        assertThat(fusion("incidents", "--data", data, "--out", all.toString()).exitCode())
                .isZero();
        assertThat(fusion("incidents", "--data", data, "--public", "--out", open.toString())
                        .exitCode())
                .isZero();
        assertThat(fusion("incidents", "--data", data, "--as", "demo.quetta", "--out", quetta.toString())
                        .exitCode())
                .isZero();
        String everything = read(all);
        String published = read(open);
        assertThat(everything).contains("CTD Balochistan Operations Desk", "KP Police Media Cell");
        assertThat(published)
                .isNotEmpty()
                .doesNotContain(
                        "CTD Balochistan Operations Desk", "KP Police Media Cell", "Joint Threat Assessment Cell");
        assertThat(published.lines().count()).isLessThan(everything.lines().count());
        assertThat(read(quetta).lines().count())
                .isBetween(published.lines().count(), everything.lines().count());
        assertThat(fusion("incidents", "--data", data, "--as", "nobody").err())
                .startsWith("fusion: no active account named 'nobody'");
        assertThat(fusion("incidents", "--data", data, "--public", "--as", "demo.quetta")
                        .exitCode())
                .isEqualTo(2);

        // situation reports of the demo's last day
        java.nio.file.Path html = dir.resolve("sitrep.html");
        java.nio.file.Path pdf = dir.resolve("sitrep.pdf");
        Run page = fusion(
                "sitrep", "--data", data, "--jurisdiction", "PK2", "--date", "2026-11-25", "--out", html.toString());
        assertThat(page.exitCode()).as(page.err()).isZero();
        assertThat(read(html))
                .contains("Situation report: Balochistan (PK2)", "Last 7 days", "data:image/png;base64,", "<td>")
                .doesNotContain("<script");
        Run printable = fusion(
                "sitrep",
                "--data",
                data,
                "--jurisdiction",
                "PK",
                "--date",
                "2026-11-25",
                "--format",
                "pdf",
                "--out",
                pdf.toString());
        assertThat(printable.exitCode()).as(printable.err()).isZero();
        assertThat(new String(java.nio.file.Files.readAllBytes(pdf), java.nio.charset.StandardCharsets.ISO_8859_1))
                .startsWith("%PDF-")
                .contains("%%EOF");
        assertThat(fusion("sitrep", "--data", data, "--jurisdiction", "PK9").err())
                .startsWith("fusion: jurisdiction 'PK9' is not PK");
    }

    private static String read(java.nio.file.Path file) {
        try {
            return java.nio.file.Files.readString(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void escalateRunsOneRoundAndSaysHowManyItMade() {
        String data = dir.resolve("escalation").toString();

        Run run = fusion("escalate", "--data", data);

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("escalated 0 assignments");
    }

    @Test
    void userAndTokenCommandsManageAccountsAndNameBadInputInOneLine() {
        String data = dir.resolve("accounts").toString();
        java.io.InputStream stdin = System.in;
        try {
            System.setIn(new java.io.ByteArrayInputStream("a long admin password\n".getBytes(StandardCharsets.UTF_8)));
            Run added = fusion(
                    "user",
                    "add",
                    "--data",
                    data,
                    "--username",
                    "admin",
                    "--roles",
                    "ADMIN",
                    "--jurisdiction",
                    "PK",
                    "--password-stdin");
            assertThat(added.exitCode()).as(added.err()).isZero();
            System.setIn(new java.io.ByteArrayInputStream("a long enough password\n".getBytes(StandardCharsets.UTF_8)));
            Run badRole = fusion(
                    "user",
                    "add",
                    "--data",
                    data,
                    "--username",
                    "q",
                    "--roles",
                    "KING",
                    "--jurisdiction",
                    "PK226",
                    "--password-stdin");
            assertThat(badRole.exitCode()).isEqualTo(2);
            assertThat(badRole.err()).contains("unknown role 'KING'");
        } finally {
            System.setIn(stdin);
        }

        Run token = fusion("token", "create", "--data", data, "--username", "admin", "--ttl-days", "7");
        assertThat(token.exitCode()).as(token.err()).isZero();
        assertThat(token.out().strip()).startsWith("fct_");
        assertThat(token.err()).contains("shown only now");
        String id = token.err().replaceAll("(?s).*token ([0-9a-f-]{36}).*", "$1");
        assertThat(fusion("token", "revoke", "--data", data, id).out()).contains("revoked " + id);
        assertThat(fusion("token", "list", "--data", data, "--username", "admin")
                        .out())
                .contains(id, "revoked");
        assertThat(fusion("user", "disable", "--data", data, "admin").out()).contains("disabled admin");
        assertThat(fusion("user", "list", "--data", data).out()).contains("admin", "DISABLED");
        assertThat(fusion("user", "disable", "--data", data, "nobody").err()).contains("no user 'nobody'");
    }

    @Test
    void extractWritesOneLineOfObservationsPerReportAndReportsBadLines() throws Exception {
        Path file = dir.resolve("reports.jsonl");
        Files.writeString(file, """
                {"source": "Crescent Wire Service", "external_id": "cws-1", "published_at": "2026-11-19T20:00:00+05:00", "title": "Two soldiers martyred in Kech", "body": "TURBAT: Two soldiers were martyred and three injured when militants attacked a check post in Kech district late last night, officials said. The banned BLF claimed responsibility."}
                not json
                {"source": "Crescent Wire Service", "external_id": "cws-2", "published_at": "2026-11-19T20:00:00+05:00", "body": "The provincial apex committee met on Thursday to review the security situation."}
                """, StandardCharsets.UTF_8);

        Run run = fusion("extract", file.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("line 2");
        List<String> lines = run.out().lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0))
                .contains(
                        "\"external_id\":\"cws-1\"",
                        "\"event_type\":\"ARMED_ASSAULT\"",
                        "\"district_pcode\":\"PK211\"",
                        "\"killed\":{\"value\":2,\"qualifier\":\"EXACT\"}",
                        "\"date\":\"2026-11-18\"",
                        "\"code\":\"BLF\"",
                        "\"status\":\"CLAIMED\"");
        assertThat(lines.get(1)).contains("\"external_id\":\"cws-2\"", "\"observations\":[]");
    }

    @Test
    void calibrateFitsWeightsToASimulatedSetAndWritesAFileTheScorerReads() throws Exception {
        Path train = dir.resolve("train.jsonl");
        Path weights = dir.resolve("weights.csv");
        assertThat(fusion("simulate", "--seed", "5", "--incidents", "60", "--out", train.toString())
                        .exitCode())
                .isZero();

        Run run = fusion("calibrate", "--out", weights.toString(), "--check", train.toString(), train.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("pairs compared", "log loss: prior", "check train.jsonl: prior P");
        try (var in = Files.newInputStream(weights)) {
            org.fusioncentre.fusion.scoring.PairWeights fitted =
                    org.fusioncentre.fusion.scoring.PairWeights.read(in, weights.toString());
            assertThat(fitted.weight(org.fusioncentre.fusion.scoring.PairFeature.BIAS))
                    .isEqualTo(org.fusioncentre.fusion.scoring.PairFeature.BIAS.prior()); // held by default
        }
        Files.writeString(train, "{\"external_id\": \"a\"}\n", StandardCharsets.UTF_8);
        Run bad = fusion("calibrate", "--out", weights.toString(), train.toString());
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("line 1: no gold_incidents");
    }

    @Test
    void assessPrintsProvincesAndRiskyDistrictsAndRefusesAFutureDay() {
        Path data = dir.resolve("assess-store");

        Run run = fusion("assess", "--data", data.toString(), "--as-of", "2026-06-30");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .contains("statistical threat assessment as of 2026-06-30", "PK2 ", "method: B2", "data: 0 incidents");
        assertThat(run.out().lines().filter(line -> line.startsWith("PK"))).hasSize(7); // the provinces, all LOW
        Run future = fusion("assess", "--data", data.toString(), "--as-of", "2099-01-01");
        assertThat(future.exitCode()).isEqualTo(2);
        assertThat(future.err()).contains("in the future");
    }

    @Test
    void zoneCommandsDeclareCheckAndRetire() {
        String data = dir.resolve("data").toString();

        Run added = fusion(
                "zone",
                "add",
                "--data",
                data,
                "--name",
                "Quetta Cantonment",
                "--authority",
                "Balochistan Home Department",
                "--circle",
                "30.18,66.99,1500");
        String id = added.out().split(" ")[0];
        Run inside = fusion("zone", "check", "--data", data, "30.185", "66.99");
        Run retired = fusion("zone", "retire", "--data", data, id);
        Run after = fusion("zone", "check", "--data", data, "30.185", "66.99");
        Run bad = fusion("zone", "add", "--data", data, "--name", "x", "--authority", "y", "--circle", "30,67");

        assertThat(added.exitCode()).as(added.err()).isZero();
        assertThat(inside.out()).contains("Quetta Cantonment");
        assertThat(retired.out()).contains("retired");
        assertThat(after.out()).contains("in no red zone");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("--circle takes LAT,LON,RADIUS_M");
    }
}
