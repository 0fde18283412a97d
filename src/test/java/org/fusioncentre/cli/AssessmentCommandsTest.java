package org.fusioncentre.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.fusioncentre.assessment.model.DistrictForecast;
import org.fusioncentre.assessment.model.EndemicEpidemicModel;
import org.fusioncentre.assessment.model.EventHistory;
import org.fusioncentre.assessment.model.Forecaster;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code fusion forecast} and {@code fusion backtest} on a small events file; no data folder, no Spring. */
class AssessmentCommandsTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path dir;

    Path events;

    record Run(int exitCode, String out, String err) {}

    static Run fusion(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = FusionCli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(code, out.toString(), err.toString());
    }

    @BeforeEach
    void writeEvents() throws Exception {
        StringBuilder csv = new StringBuilder(
                "incident_id,event_type,date,province_pcode,district_pcode,killed_best,injured_best,sources\n");
        LocalDate day = LocalDate.parse("2022-01-01");
        int id = 0;
        // Kech: an incident every 3 days, every fourth fatal; Quetta: every 10 days; one row with no district
        for (int i = 0; i < 730; i++) {
            if (i % 3 == 0) {
                csv.append("k%d,BOMBING,%s,PK2,PK211,%d,0,1\n".formatted(id++, day.plusDays(i), id % 4 == 0 ? 2 : 0));
            }
            if (i % 10 == 0) {
                csv.append("q%d,ARMED_CLASH,%s,PK2,PK226,0,1,1\n".formatted(id++, day.plusDays(i)));
            }
        }
        csv.append("x,BOMBING,2022-05-05,PK2,,1,0,1\n");
        events = dir.resolve("events.csv");
        Files.writeString(events, csv, StandardCharsets.UTF_8);
    }

    @Test
    void forecastWritesOneLinePerDistrictWithTheContractFields() throws Exception {
        Run run = fusion(
                "forecast",
                "--events",
                events.toString(),
                "--as-of",
                "2023-06-30",
                "--horizon-days",
                "30",
                "--model",
                "M1",
                "--format",
                "jsonl");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("skipped 1 events without a district");
        List<String> lines = run.out().lines().toList();
        // every district of the province the history covers, Balochistan, in P-code order
        assertThat(lines).hasSizeGreaterThan(30);
        assertThat(lines).allSatisfy(line -> assertThat(line).contains("\"district_pcode\":\"PK2"));
        JsonNode kech = JSON.readTree(lines.stream()
                .filter(line -> line.contains("\"PK211\""))
                .findFirst()
                .orElseThrow());
        for (String field : List.of(
                "district_pcode",
                "as_of",
                "horizon_days",
                "model",
                "mean",
                "p10",
                "p50",
                "p90",
                "p_any",
                "p_fatal",
                "level")) {
            assertThat(kech.has(field)).as(field).isTrue();
        }
        assertThat(kech.get("district_pcode").asString()).isEqualTo("PK211");
        assertThat(kech.get("as_of").asString()).isEqualTo("2023-06-30");
        assertThat(kech.get("model").asString()).isEqualTo("M1");
        // an incident every three days: about ten in 30 days
        assertThat(kech.get("mean").asDouble()).isBetween(7.0, 13.0);
        assertThat(kech.get("p10").asInt()).isLessThanOrEqualTo(kech.get("p50").asInt());
        assertThat(kech.get("p50").asInt()).isLessThanOrEqualTo(kech.get("p90").asInt());
        assertThat(kech.get("p_fatal").asDouble())
                .isBetween(0.5, kech.get("p_any").asDouble());
        assertThat(kech.get("level").asString()).isIn("SEVERE", "CRITICAL");
        assertThat(kech.has("contagion_share")).isTrue();
        assertThat(run.err()).contains("fusion: M1 own rate");
        // the command reuses the fit it describes: the same numbers as the model run directly
        EventHistory history = EventHistory.read(Files.newBufferedReader(events), "events.csv");
        Map<String, java.util.Set<String>> adjacency = AssessmentModels.adjacency(history);
        DistrictForecast direct = new Forecaster(new EndemicEpidemicModel(adjacency), adjacency)
                .forecast(history, LocalDate.parse("2023-06-30"), 30).stream()
                        .filter(forecast -> forecast.district().equals("PK211"))
                        .findFirst()
                        .orElseThrow();
        assertThat(kech.get("mean").asDouble()).isEqualTo(ForecastCommand.round(direct.mean()));
        assertThat(kech.get("p_fatal").asDouble()).isEqualTo(ForecastCommand.round(direct.probabilityOfFatal()));
    }

    @Test
    void forecastUsesTheDefaultModelAndReportsBadInputInOneLine() throws Exception {
        Run defaulted =
                fusion("forecast", "--events", events.toString(), "--as-of", "2023-06-30", "--horizon-days", "7");
        assertThat(defaulted.exitCode()).isZero();
        assertThat(JSON.readTree(defaulted.out().lines().findFirst().orElseThrow())
                        .get("model")
                        .asString())
                .isEqualTo(AssessmentModels.DEFAULT);

        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "incident_id,date,district_pcode\n1,2023-01-01,PK211\n");
        Run missing = fusion("forecast", "--events", bad.toString(), "--as-of", "2023-06-30", "--horizon-days", "7");
        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.err()).startsWith("fusion: bad.csv: line 1: missing column(s) province_pcode");
        assertThat(missing.err().lines()).hasSize(1);

        Run unknownModel = fusion(
                "forecast",
                "--events",
                events.toString(),
                "--as-of",
                "2023-06-30",
                "--horizon-days",
                "7",
                "--model",
                "M9");
        assertThat(unknownModel.exitCode()).isEqualTo(2);
        assertThat(unknownModel.err()).contains("unknown model 'M9'");

        Run future = fusion("forecast", "--events", events.toString(), "--as-of", "2030-01-01", "--horizon-days", "30");
        assertThat(future.exitCode()).isZero();
        assertThat(future.err()).contains("the history ends on 2023-12-31");
        assertThat(future.out()).doesNotContain("NaN");

        Run early = fusion("forecast", "--events", events.toString(), "--as-of", "2020-01-01", "--horizon-days", "30");
        assertThat(early.exitCode()).isZero();
        assertThat(early.err()).contains("no events on or before 2020-01-01");
        assertThat(early.out().lines())
                .isNotEmpty()
                .allSatisfy(line -> assertThat(line).contains("\"mean\":0.0", "\"level\":\"LOW\""));
    }

    @Test
    void backtestPrintsATablePerModelAndBaselineWithIntervals() throws Exception {
        Run run = fusion(
                "backtest",
                "--events",
                events.toString(),
                "--from",
                "2023-01-01",
                "--to",
                "2023-12-31",
                "--horizon-days",
                "30",
                "--replicates",
                "200");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode report = JSON.readTree(run.out());
        assertThat(report.get("origins").asInt()).isEqualTo(12);
        assertThat(report.get("step_days").asInt()).isEqualTo(30);
        assertThat(report.get("reference").asString()).isIn("B1", "B2");
        assertThat(report.get("models").propertyNames()).containsExactly("B0", "B1", "B2", "B3", "M1", "M2");
        JsonNode crps = report.get("models").get("M1").get("overall").get("crps");
        assertThat(crps.get("low").asDouble())
                .isLessThanOrEqualTo(crps.get("value").asDouble());
        assertThat(crps.get("value").asDouble())
                .isLessThanOrEqualTo(crps.get("high").asDouble());
        for (String metric : List.of(
                "mae",
                "rmse",
                "log_score",
                "coverage_80",
                "coverage_95",
                "brier_any",
                "auc_any",
                "brier_fatal",
                "auc_fatal",
                "relative_crps_improvement")) {
            assertThat(report.get("models").get("M1").get("overall").has(metric))
                    .as(metric)
                    .isTrue();
        }
        assertThat(report.get("models").get("B2").get("by_province").has("PK2")).isTrue();
        assertThat(run.out()).doesNotContain("NaN", "Infinity");
    }

    @Test
    void forecastWithTheHawkesModelReportsItsBranchingRatioAndDecay() {
        Run run = fusion(
                "forecast",
                "--events",
                events.toString(),
                "--as-of",
                "2023-06-30",
                "--horizon-days",
                "30",
                "--model",
                "M2");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out().lines())
                .hasSizeGreaterThan(30)
                .allSatisfy(line -> assertThat(line).contains("\"model\":\"M2\""));
        assertThat(run.err()).containsPattern("fusion: M2 branching ratio [0-9.]+ .*decay [0-9.]+ days");
    }

    @Test
    void backtestRejectsARangeWithNoWholeWindow() {
        Run run = fusion(
                "backtest",
                "--events",
                events.toString(),
                "--from",
                "2023-01-01",
                "--to",
                "2023-01-10",
                "--horizon-days",
                "30");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("fusion: no origin fits");
    }
}
