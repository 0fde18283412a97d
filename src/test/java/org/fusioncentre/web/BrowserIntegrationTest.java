package org.fusioncentre.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.fusioncentre.TestDatabases;
import org.fusioncentre.access.Audience;
import org.fusioncentre.access.Jurisdiction;
import org.fusioncentre.access.Marking;
import org.fusioncentre.access.Role;
import org.fusioncentre.access.Users;
import org.fusioncentre.assessment.Assessments;
import org.fusioncentre.coordination.Committee;
import org.fusioncentre.coordination.Coordination;
import org.fusioncentre.coordination.Directive;
import org.fusioncentre.coordination.LineOfEffort;
import org.fusioncentre.coordination.NewDirective;
import org.fusioncentre.coordination.Priority;
import org.fusioncentre.coordination.Theme;
import org.fusioncentre.extraction.Extraction;
import org.fusioncentre.fusion.Fusion;
import org.fusioncentre.fusion.Incident;
import org.fusioncentre.fusion.IncidentQuery;
import org.fusioncentre.geo.Geocoding;
import org.fusioncentre.intake.ImportOptions;
import org.fusioncentre.intake.ImportProgress;
import org.fusioncentre.intake.Intake;
import org.fusioncentre.intake.Reliability;
import org.fusioncentre.intake.Source;
import org.fusioncentre.intake.SourceId;
import org.fusioncentre.intake.SourceKind;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The UI in a real browser (Debian's chromium, headless, driven by its chromedriver): the demo
 * data and accounts, plus two Bannu attacks fusion keeps apart for review. Screenshots of each page
 * land in target/screenshots/. Skipped where chromium and chromedriver are not installed;
 * .ci/run installs them.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "fusion.pipeline.live=false",
            "fusion.pipeline.catch-up-on-start=false",
            "fusion.assessment.refresh=false",
            "fusion.coordination.escalation=false"
        })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@EnabledIf("browserInstalled")
class BrowserIntegrationTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final String PASSWORD = "demo-password-2026";
    private static final Path DATA = folder();
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    static boolean browserInstalled() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        TestDatabases.h2(registry, DATA.resolve("store"));
    }

    @LocalServerPort
    int port;

    @Autowired
    Intake intake;

    @Autowired
    Extraction extraction;

    @Autowired
    Fusion fusion;

    @Autowired
    Assessments assessments;

    @Autowired
    Coordination coordination;

    @Autowired
    Users users;

    @Autowired
    Geocoding geocoding;

    private WebDriver browser;
    private WebDriverWait wait;

    @BeforeAll
    void load() throws IOException {
        JsonMapper json = JsonMapper.builder().build();
        try (InputStream in = getClass().getResourceAsStream("/demo/sources.json")) {
            for (JsonNode node : json.readTree(in)) {
                String name = node.get("name").asString();
                intake.saveSource(new Source(
                        SourceId.forName(name),
                        name,
                        SourceKind.parse(node.get("kind").asString()),
                        Reliability.parse(node.get("reliability").asString()),
                        Marking.parse(node.get("default_marking").asString()),
                        null,
                        node.has("organisation") ? node.get("organisation").asString() : null));
            }
        }
        Path reports = DATA.resolve("demo.jsonl");
        try (InputStream in = getClass().getResourceAsStream("/demo/reports.jsonl")) {
            Files.copy(in, reports, StandardCopyOption.REPLACE_EXISTING);
        }
        // two attacks in Bannu on one night that fusion keeps apart but queues for review
        Path bannu = DATA.resolve("bannu.jsonl");
        List<String> lines = new ArrayList<>();
        try (InputStream in = getClass().getResourceAsStream("/fusion/pipeline.jsonl")) {
            new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(line -> !line.isBlank())
                    .forEach(lines::add);
        }
        lines.add(
                "{\"source\": \"Frontier Post\", \"external_id\": \"x1\", \"published_at\": \"2026-05-05T12:00:00+05:00\","
                        + " \"body\": \"BANNU: A police constable was injured when militants attacked a police post in Domel"
                        + " late on Monday night, police said.\"}");
        Files.write(bannu, lines);
        intake.importPaths(List.of(reports, bannu), ImportOptions.defaults(), outcome -> {}, ImportProgress.NONE);
        extraction.extractPending(done -> {});
        fusion.fusePending(done -> {});
        assessments.assess(LocalDate.now(ZoneId.of("Asia/Karachi")));
        users.add("demo.analyst", Set.of(Role.ANALYST), Jurisdiction.national(), null, PASSWORD.toCharArray());
        users.add(
                "demo.balochistan",
                Set.of(Role.ANALYST),
                Jurisdiction.parse("PK2"),
                "Provincial Fusion Centre Balochistan",
                PASSWORD.toCharArray());
        users.add(
                "demo.quetta",
                Set.of(Role.COMMITTEE_MEMBER),
                Jurisdiction.parse("PK226"),
                "District Administration Quetta",
                PASSWORD.toCharArray());
        users.add("test.admin", Set.of(Role.ADMIN), Jurisdiction.national(), null, PASSWORD.toCharArray());

        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--no-first-run",
                "--window-size=1400,1100",
                "--user-data-dir=" + DATA.resolve("chromium-profile"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    void close() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        org.springframework.util.FileSystemUtils.deleteRecursively(DATA);
    }

    private static Path folder() {
        try {
            return Files.createTempDirectory("browser-test");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    private void signIn(String username) {
        browser.manage().deleteAllCookies();
        browser.get(url("/login"));
        browser.findElement(By.name("username")).sendKeys(username);
        browser.findElement(By.name("password")).sendKeys(PASSWORD);
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("nav .who")));
    }

    private void screenshot(String name) throws IOException {
        Path shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void theDashboardMapDrawsEveryDistrictOfTheJurisdictionAndNoneOutsideIt() throws IOException {
        signIn("demo.balochistan");
        browser.get(url("/"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#map.ready")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#trend canvas")));

        Set<String> drawn = new TreeSet<>();
        for (WebElement path : browser.findElements(By.cssSelector("#map svg path.district"))) {
            drawn.add(path.getDomAttribute("data-pcode"));
        }
        Set<String> balochistan = new TreeSet<>();
        for (JsonNode feature : JsonMapper.builder()
                .build()
                .readTree(geocoding.districtsGeoJson())
                .get("features")) {
            String pcode = feature.get("properties").get("pcode").asString();
            if (pcode.startsWith("PK2")) {
                balochistan.add(pcode);
            }
        }
        assertThat(balochistan).hasSizeGreaterThan(30);
        assertThat(drawn).isEqualTo(balochistan);
        assertThat(browser.findElements(By.cssSelector("#map svg path.district")))
                .hasSize(balochistan.size());
        screenshot("dashboard");
    }

    @Test
    void anIncidentShowsItsReportsWithTheEvidenceHighlighted() throws IOException {
        signIn("demo.analyst");
        browser.get(url("/incidents?min_sources=3"));
        WebElement first = wait.until(
                ExpectedConditions.presenceOfElementLocated(By.cssSelector("table#incidents tbody tr td a")));
        screenshot("incidents");
        first.click();

        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("article.report")));
        assertThat(browser.findElements(By.cssSelector("article.report"))).hasSizeGreaterThanOrEqualTo(3);
        assertThat(browser.findElements(By.cssSelector("article.report mark"))).isNotEmpty();
        assertThat(browser.findElement(By.cssSelector("article.report mark")).getText())
                .isNotBlank();
        screenshot("incident");
    }

    @Test
    void aMergeFromTheReviewQueueChangesTheIncidentList() throws IOException {
        List<Incident> bannu = fusion.incidents(
                        new IncidentQuery(null, null, null, "PK503", null, null, 0, false, null, 100),
                        Audience.operator("test"))
                .items();
        Incident domel = bannu.stream()
                .filter(incident -> incident.members().stream().anyMatch(m -> "x1".equals(m.externalId())))
                .findFirst()
                .orElseThrow();
        signIn("demo.analyst");
        browser.get(url("/incidents?district=PK503"));
        int before =
                browser.findElements(By.cssSelector("table#incidents tbody tr")).size();
        assertThat(browser.findElements(
                        By.cssSelector("tr[data-incident='" + domel.id().value() + "']")))
                .hasSize(1);

        browser.get(url("/review"));
        WebElement pair = wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath("//section[@data-incident='"
                + domel.id().value() + "' or @data-candidate='" + domel.id().value() + "']")));
        screenshot("review");
        pair.findElement(By.cssSelector("button.merge")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("p.notice")));

        browser.get(url("/incidents?district=PK503"));
        assertThat(browser.findElements(By.cssSelector("table#incidents tbody tr")))
                .hasSize(before - 1);
        assertThat(browser.findElements(
                        By.cssSelector("tr[data-incident='" + domel.id().value() + "']")))
                .isEmpty();
    }

    @Test
    void aDistrictOfficerCompletesAnAssignmentAndTheProvincialRollUpMoves() throws IOException {
        LocalDate due = LocalDate.now(ZoneId.of("Asia/Karachi")).plusDays(20);
        Audience operator = Audience.operator("test");
        Directive federal = coordination.issue(
                new NewDirective(
                        Committee.idOf("PK"),
                        "Protect polio vaccination teams",
                        "Escort every team; report incidents the same day.",
                        LineOfEffort.LAW_ENFORCEMENT,
                        Theme.TERRORISM,
                        Priority.HIGH,
                        due,
                        List.of(Committee.idOf("PK2")),
                        false,
                        List.of(),
                        List.of()),
                operator);
        UUID balochistan = federal.assignments().getFirst().id();
        coordination.cascade(
                balochistan,
                List.of(Committee.idOf("PK226")),
                "Escort teams in Quetta's union councils.",
                due.minusDays(5),
                operator);

        signIn("demo.balochistan");
        browser.get(url("/coordination/directives/" + federal.id()));
        String progressBefore = browser.findElement(By.cssSelector("article.assignment .progress-value"))
                .getText();
        assertThat(progressBefore).startsWith("0");

        signIn("demo.quetta");
        browser.get(url("/coordination"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#mine table a")))
                .click();
        for (String to : List.of("ACKNOWLEDGED", "IN_PROGRESS")) {
            WebElement form =
                    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("form.transition")));
            new Select(form.findElement(By.name("to"))).selectByValue(to);
            form.findElement(By.cssSelector("button[type=submit]")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(
                    By.cssSelector("article.assignment .status"), to));
        }
        Path evidence = DATA.resolve("escort-log.txt");
        Files.writeString(evidence, "Union council escorts, 1-15 of the month: 42 teams, no incident.\n");
        WebElement form = browser.findElement(By.cssSelector("form.transition"));
        new Select(form.findElement(By.name("to"))).selectByValue("COMPLETED");
        form.findElement(By.name("statement")).sendKeys("All 42 teams escorted.");
        form.findElement(By.name("files")).sendKeys(evidence.toAbsolutePath().toString());
        form.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("article.assignment .status"), "COMPLETED"));
        assertThat(browser.findElement(By.cssSelector("article.assignment details"))
                        .getDomProperty("innerHTML"))
                .contains("escort-log.txt");
        screenshot("assignment");

        signIn("demo.balochistan");
        browser.get(url("/coordination/directives/" + federal.id()));
        String progressAfter = browser.findElement(By.cssSelector("article.assignment .progress-value"))
                .getText();
        assertThat(progressAfter).startsWith("80");
        screenshot("directive");
    }

    @Test
    void reportFilesUploadInTheBrowserAndTheSummaryNamesEachRejection() throws IOException {
        Path file = DATA.resolve("upload.jsonl");
        Files.write(
                file,
                List.of(
                        "{\"source\": \"Upload desk\", \"external_id\": \"up-1\", \"body\": \"QUETTA: Two policemen were"
                                + " injured when a grenade was thrown at a checkpost on Sariab Road on Tuesday.\"}",
                        "{\"source\": \"Upload desk\", \"external_id\": \"up-2\"}"));
        signIn("demo.analyst");
        browser.get(url("/reports"));
        browser.findElement(By.cssSelector("#upload input[name=files]"))
                .sendKeys(file.toAbsolutePath().toString());
        browser.findElement(By.cssSelector("#upload button[type=submit]")).click();

        WebElement summary =
                wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#summary .notice")));
        assertThat(summary.getText())
                .contains("1 accepted, 0 duplicates, 1 rejected")
                .contains("upload.jsonl");
        assertThat(browser.getCurrentUrl()).endsWith("/reports");
        screenshot("upload");
    }

    @Test
    void aDistrictsAssessmentDrawsItsForecastAndTakesAnOverride() throws IOException {
        signIn("demo.balochistan");
        browser.get(url("/assessments/PK226"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#history.ready canvas")));
        browser.findElement(By.id("reason")).sendKeys("Specific threat to the polio teams this week");
        browser.findElement(By.cssSelector("form.stack button[type=submit]")).click();

        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("p.notice")));
        assertThat(browser.findElement(By.cssSelector("dl.fields .level")).getText())
                .isEqualTo("CRITICAL");
        assertThat(browser.getPageSource()).contains("Specific threat to the polio teams this week");
        screenshot("assessment");

        browser.get(url("/assessments/PK528"));
        assertThat(browser.findElements(By.id("reason")))
                .as("no override form outside the jurisdiction")
                .isEmpty();
    }

    @Test
    void anAdministratorAddsAnAccountAndDrawsARedZoneOnTheMap() throws IOException {
        signIn("test.admin");
        browser.get(url("/admin"));
        browser.findElement(By.cssSelector("form[action='/admin/users'] input[name=username]"))
                .sendKeys("new.viewer");
        browser.findElement(By.cssSelector("form[action='/admin/users'] input[value=VIEWER]"))
                .click();
        WebElement jurisdiction =
                browser.findElement(By.cssSelector("form[action='/admin/users'] input[name=jurisdiction]"));
        jurisdiction.clear();
        jurisdiction.sendKeys("PK5");
        browser.findElement(By.cssSelector("form[action='/admin/users'] input[name=password]"))
                .sendKeys("a long enough password");
        browser.findElement(By.cssSelector("form[action='/admin/users'] button[type=submit]"))
                .click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("p.notice")));
        assertThat(browser.findElement(By.id("users")).getText()).contains("new.viewer", "VIEWER", "PK5");

        WebElement map = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#zone-map.ready")));
        org.openqa.selenium.interactions.Actions mouse = new org.openqa.selenium.interactions.Actions(browser);
        mouse.moveToElement(map, -40, -30).click().perform();
        mouse.moveToElement(map, 40, -30).click().perform();
        mouse.moveToElement(map, 0, 40).click().perform();
        assertThat(browser.findElement(By.id("polygon")).getDomProperty("value"))
                .contains("Polygon");
        browser.findElement(By.cssSelector("#zone-form input[name=name]")).sendKeys("Test cordon");
        browser.findElement(By.cssSelector("#zone-form input[name=authority]")).sendKeys("Home Department");
        browser.findElement(By.cssSelector("#zone-form button[type=submit]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#zone-map.ready")));
        assertThat(browser.findElement(By.id("zones")).getText()).contains("Test cordon");
        assertThat(browser.findElements(By.cssSelector("#zone-map path.zone"))).isNotEmpty();
        screenshot("admin");

        signIn("demo.analyst");
        browser.get(url("/admin"));
        assertThat(browser.getPageSource()).doesNotContain("new.viewer");
    }

    /** axe-core, the accessibility checker, as .ci/run unpacks it from the npm registry. */
    private static final Path AXE = Path.of(".cache", "axe-core", "package", "axe.min.js");

    /**
     * Every page passes axe-core's WCAG 2 A and AA rules without a serious or critical finding:
     * labels, names, contrast, landmarks, document language.
     */
    @Test
    void everyPagePassesTheAccessibilityChecker() throws IOException {
        org.junit.jupiter.api.Assumptions.assumeTrue(
                Files.isReadable(AXE), "axe-core is not unpacked in .cache/axe-core (.ci/run does it)");
        String axe = Files.readString(AXE);
        signIn("test.admin");
        Incident any = fusion.incidents(IncidentQuery.all(null, 1), Audience.operator("test"))
                .items()
                .getFirst();
        List<String> findings = new ArrayList<>();
        for (String page : List.of(
                "/",
                "/incidents",
                "/incidents/" + any.id().value(),
                "/review",
                "/assessments",
                "/assessments/PK226",
                "/reports",
                "/coordination",
                "/coordination/committees",
                "/admin")) {
            browser.get(url(page));
            wait.until(driver -> "complete"
                    .equals(((org.openqa.selenium.JavascriptExecutor) driver)
                            .executeScript("return document.readyState")));
            findings.addAll(axe(axe, page));
        }
        browser.manage().deleteAllCookies();
        browser.get(url("/login"));
        findings.addAll(axe(axe, "/login"));
        assertThat(findings).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private List<String> axe(String source, String page) {
        org.openqa.selenium.JavascriptExecutor script = (org.openqa.selenium.JavascriptExecutor) browser;
        script.executeScript(source);
        List<Object> violations = (List<Object>) script.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa']}})"
                + ".then(function (r) { done(r.violations.filter(function (v) {"
                + "  return v.impact === 'serious' || v.impact === 'critical'; })"
                + ".map(function (v) { return v.id + ' (' + v.impact + '): '"
                + "  + v.nodes.slice(0, 3).map(function (n) { return n.target.join(' '); }).join(' | '); })); });");
        return violations.stream().map(violation -> page + ": " + violation).toList();
    }

    /** On a tablet's screen every page fits its width: nothing scrolls sideways. */
    @Test
    void pagesFitATabletScreen() throws IOException {
        signIn("demo.analyst");
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(820, 1180));
        try {
            for (String page : List.of("/", "/incidents", "/review", "/assessments", "/reports", "/coordination")) {
                browser.get(url(page));
                if (page.equals("/")) {
                    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#map.ready")));
                    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#trend canvas")));
                }
                Object overflow = ((org.openqa.selenium.JavascriptExecutor) browser)
                        .executeScript(
                                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
                Object widest = ((org.openqa.selenium.JavascriptExecutor) browser)
                        .executeScript("var w = document.documentElement.clientWidth;"
                                + " var out = ['sw=' + document.documentElement.scrollWidth + ' cw=' + w];"
                                + " document.querySelectorAll('body *').forEach(function (e) {"
                                + " var r = e.getBoundingClientRect(); if (r.right > w - 2) {"
                                + " out.push(e.tagName + '.' + e.className + ' ' + Math.round(r.right)); } });"
                                + " return out.slice(0, 12).join(', ');");
                assertThat(((Number) overflow).intValue())
                        .as(page + " scrolls sideways: " + widest)
                        .isLessThanOrEqualTo(0);
            }
            browser.get(url("/"));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#map.ready")));
            screenshot("dashboard-tablet");
        } finally {
            browser.manage().window().setSize(new org.openqa.selenium.Dimension(1400, 1100));
        }
    }
}
