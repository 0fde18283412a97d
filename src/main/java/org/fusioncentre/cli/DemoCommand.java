package org.fusioncentre.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.fusioncentre.access.Jurisdiction;
import org.fusioncentre.access.Marking;
import org.fusioncentre.access.Role;
import org.fusioncentre.access.Users;
import org.fusioncentre.extraction.Extraction;
import org.fusioncentre.fusion.Fusion;
import org.fusioncentre.geo.RedZone;
import org.fusioncentre.geo.RedZones;
import org.fusioncentre.geo.ZoneShape;
import org.fusioncentre.intake.ImportOptions;
import org.fusioncentre.intake.IngestSummary;
import org.fusioncentre.intake.Intake;
import org.fusioncentre.intake.Reliability;
import org.fusioncentre.intake.Source;
import org.fusioncentre.intake.SourceId;
import org.fusioncentre.intake.SourceKind;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code fusion demo}: loads the bundled sample sources and reports into the store, then serves.
 * Loading is idempotent: running the demo again finds the reports already stored.
 */
@Command(
        name = "demo",
        mixinStandardHelpOptions = true,
        description = "Loads the bundled sample reports into the embedded store and serves them.")
final class DemoCommand implements Callable<Integer> {
    static final String SOURCES = "/demo/sources.json";
    static final String REPORTS = "/demo/reports.jsonl";

    @Mixin
    DataOption data = new DataOption();

    @Option(names = "--port", paramLabel = "N", description = "HTTP port (default: 8080)")
    Integer port;

    @Option(names = "--no-serve", description = "load the sample data and exit")
    boolean noServe;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Without a server, reports are extracted in batches after the import, not one by one. */
    private static final Map<String, Object> BATCH_EXTRACTION =
            Map.of("fusion.pipeline.live", "false", "fusion.pipeline.catch-up-on-start", "false");

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        Path dataDir = data.resolve();
        ConfigurableApplicationContext context =
                noServe ? Application.start(dataDir, false, BATCH_EXTRACTION) : ServeCommand.start(data, port);
        try {
            Intake intake = context.getBean(Intake.class);
            int sources = loadSources(intake, context.getBean(JsonMapper.class));
            declareDemoZone(context.getBean(RedZones.class));
            Path reports = copyToDataDir(dataDir);
            IngestSummary summary = new IngestSummary(20);
            intake.importPaths(
                    List.of(reports), ImportOptions.defaults(), summary, org.fusioncentre.intake.ImportProgress.NONE);
            out.printf("Demo data: %d sources, a red zone around Karachi airport; reports ", sources);
            IngestCommand.print(summary, out, spec.commandLine().getErr());
            out.printf("The store in %s now holds %,d reports.%n", dataDir, intake.reportCount());
            Extraction extraction = context.getBean(Extraction.class);
            out.printf(
                    "Extracted %,d reports (extractor %s).%n",
                    extraction.extractPending(done -> {}), extraction.version());
            Fusion fusion = context.getBean(Fusion.class);
            fusion.fusePending(done -> {});
            out.printf("Fused them into %,d incidents.%n", fusion.incidentCount());
            createDemoUsers(context.getBean(Users.class));
            out.println("Demo accounts (password '" + DEMO_PASSWORD + "', demo only): national analyst 'demo.analyst',"
                    + " Balochistan analyst 'demo.balochistan', Quetta district committee member 'demo.quetta'.");
            if (noServe) {
                return summary.rejected() == 0 ? 0 : 1;
            }
            ServeCommand.announce(context, out);
            out.println(
                    "Log in at /login, or call the API with a token (fusion token create --username demo.analyst); the service"
                            + " listens on loopback only.");
            out.flush();
            ServeCommand.awaitShutdown(context);
            return 0;
        } finally {
            if (noServe) {
                context.close();
            }
        }
    }

    /** The demo accounts' password: printed by the demo and in the README; never a real account's. */
    static final String DEMO_PASSWORD = "demo-password-2026";

    /** A national analyst, a Balochistan analyst and a Quetta district committee member (DESIGN §7). */
    private static void createDemoUsers(Users users) {
        record Demo(String username, Role role, String jurisdiction, String organisation) {}
        for (Demo demo : List.of(
                new Demo(
                        "demo.analyst",
                        Role.ANALYST,
                        "PK",
                        "National Intelligence Fusion and Threat Assessment Centre"),
                new Demo("demo.balochistan", Role.ANALYST, "PK2", "Provincial Fusion Centre Balochistan"),
                new Demo("demo.quetta", Role.COMMITTEE_MEMBER, "PK226", "District Administration Quetta"))) {
            if (users.find(demo.username()).isEmpty()) {
                users.add(
                        demo.username(),
                        java.util.Set.of(demo.role()),
                        Jurisdiction.parse(demo.jurisdiction()),
                        demo.organisation(),
                        DEMO_PASSWORD.toCharArray());
            }
        }
    }

    /** The demo's red zone: Karachi's airport, as a circle of 2.5 km around its reference point. */
    static final UUID DEMO_ZONE = UUID.nameUUIDFromBytes(
            "demo-red-zone:jinnah-international-airport".getBytes(java.nio.charset.StandardCharsets.UTF_8));

    private static void declareDemoZone(RedZones zones) {
        if (zones.find(DEMO_ZONE).isEmpty()) {
            zones.declare(new RedZone(
                    DEMO_ZONE,
                    "Jinnah International Airport, Karachi",
                    new ZoneShape.Circle(24.9065, 67.1608, 2_500),
                    "Home Department, Government of Sindh (demo declaration)",
                    Instant.parse("2026-01-01T00:00:00Z"),
                    null,
                    null));
        }
    }

    private static int loadSources(Intake intake, JsonMapper json) throws IOException {
        try (InputStream in = resource(SOURCES)) {
            JsonNode list = json.readTree(in);
            for (JsonNode node : list) {
                String name = node.get("name").asString();
                intake.saveSource(new Source(
                        SourceId.forName(name),
                        name,
                        SourceKind.parse(node.get("kind").asString()),
                        Reliability.parse(node.get("reliability").asString()),
                        Marking.parse(node.get("default_marking").asString()),
                        node.has("description") ? node.get("description").asString() : null,
                        node.has("organisation") ? node.get("organisation").asString() : null));
            }
            return list.size();
        }
    }

    private static Path copyToDataDir(Path dataDir) throws IOException {
        Path target = dataDir.resolve("demo").resolve("reports.jsonl");
        Files.createDirectories(target.getParent());
        try (InputStream in = resource(REPORTS)) {
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
        return target;
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = DemoCommand.class.getResourceAsStream(name);
        if (in == null) {
            throw new IOException("the bundled demo data " + name + " is missing from this build");
        }
        return in;
    }
}
