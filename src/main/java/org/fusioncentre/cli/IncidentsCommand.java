package org.fusioncentre.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.fusioncentre.access.Audience;
import org.fusioncentre.access.AuditLog;
import org.fusioncentre.access.User;
import org.fusioncentre.access.Users;
import org.fusioncentre.fusion.Fusion;
import org.fusioncentre.fusion.Incident;
import org.fusioncentre.fusion.IncidentPage;
import org.fusioncentre.fusion.IncidentQuery;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code fusion incidents}: exports every incident in the store, oldest first. */
@Command(
        name = "incidents",
        mixinStandardHelpOptions = true,
        description = {
            "Exports the incidents in the store, oldest first: JSON Lines (the whole incident), CSV (one row each)",
            "or GeoJSON (a point per incident). Each carries its incident_id, fused fields, low/best/high and the",
            "external_ids of its reports."
        })
final class IncidentsCommand implements Callable<Integer> {
    @Mixin
    DataOption data = new DataOption();

    @Option(names = "--format", defaultValue = "jsonl", description = "jsonl, csv or geojson (default: jsonl)")
    String format;

    @Option(names = "--out", paramLabel = "FILE", description = "write here instead of standard output")
    Path out;

    @Option(
            names = "--include-not-incidents",
            description = "also export what analysts marked as no incident (left out by default)")
    boolean includeNotIncidents;

    @Option(
            names = "--public",
            description = "a public export: only what may leave the instance, incidents fused from their CLEAR "
                    + "reports alone (DESIGN §7)")
    boolean publicExport;

    @Option(
            names = "--as",
            paramLabel = "USERNAME",
            description = "export what this account may see, instead of everything (the operator's view)")
    String asUser;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private Audience audience = Audience.publicExport();

    private final JsonMapper json = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .build();

    @Override
    public Integer call() throws IOException {
        String kind = format.toLowerCase(Locale.ROOT);
        if (!List.of("jsonl", "csv", "geojson").contains(kind)) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), "--format must be jsonl, csv or geojson, not '" + format + "'");
        }
        if (publicExport && asUser != null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "give --public or --as, not both");
        }
        try (ConfigurableApplicationContext context = Application.start(data.resolve(), false, Map.of());
                OutputStream stream = out == null ? System.out : Files.newOutputStream(out);
                PrintWriter writer = new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8))) {
            Fusion fusion = context.getBean(Fusion.class);
            audience = audience(context);
            switch (kind) {
                case "csv" -> csv(fusion, writer);
                case "geojson" -> geoJson(fusion, writer);
                default -> each(fusion, incident -> writer.println(json.writeValueAsString(export(incident))));
            }
            writer.flush();
        }
        return 0;
    }

    private Audience audience(ConfigurableApplicationContext context) {
        if (publicExport) {
            return Audience.publicExport();
        }
        if (asUser != null) {
            User user = context.getBean(Users.class)
                    .find(asUser.strip())
                    .filter(found -> !found.disabled())
                    .orElseThrow(() -> new CommandLine.ParameterException(
                            spec.commandLine(), "no active account named '" + asUser.strip() + "'"));
            return Audience.of(user);
        }
        return Audience.operator(context.getBean(AuditLog.class).currentActor());
    }

    private void each(Fusion fusion, java.util.function.Consumer<Incident> action) {
        String cursor = null;
        do {
            IncidentPage page = fusion.incidents(
                    new IncidentQuery(
                            null,
                            null,
                            null,
                            null,
                            null,
                            null,
                            0,
                            includeNotIncidents,
                            cursor,
                            IncidentQuery.MAX_LIMIT),
                    audience);
            page.items().forEach(action);
            cursor = page.nextCursor();
        } while (cursor != null);
    }

    /** The incident with {@code incident_id} and {@code external_ids} up front, as DESIGN §5 names them. */
    ObjectNode export(Incident incident) {
        ObjectNode node = json.createObjectNode();
        node.put("incident_id", incident.id().toString());
        ObjectNode body = json.valueToTree(incident);
        body.remove("id");
        node.setAll(body);
        ArrayNode ids = node.putArray("external_ids");
        incident.reporting().stream()
                .map(Incident.Member::externalId)
                .filter(java.util.Objects::nonNull)
                .distinct()
                .forEach(ids::add);
        return node;
    }

    private void geoJson(Fusion fusion, PrintWriter writer) {
        writer.print("{\"type\": \"FeatureCollection\", \"features\": [");
        boolean[] first = {true};
        each(fusion, incident -> {
            ObjectNode feature = json.createObjectNode();
            feature.put("type", "Feature");
            if (incident.location() == null) {
                feature.putNull("geometry");
            } else {
                ObjectNode geometry = feature.putObject("geometry");
                geometry.put("type", "Point");
                geometry.putArray("coordinates")
                        .add(incident.location().lon())
                        .add(incident.location().lat());
            }
            feature.set("properties", export(incident));
            writer.print((first[0] ? "\n" : ",\n") + json.writeValueAsString(feature));
            first[0] = false;
        });
        writer.println("\n]}");
    }

    private static final List<String> CSV_HEADER = List.of(
            "incident_id",
            "event_type",
            "date",
            "date_from",
            "date_to",
            "date_precision",
            "province_pcode",
            "district_pcode",
            "place",
            "lat",
            "lon",
            "precision",
            "killed_low",
            "killed_best",
            "killed_high",
            "injured_low",
            "injured_best",
            "injured_high",
            "militants_killed_best",
            "targets",
            "perpetrator",
            "perpetrator_status",
            "sources",
            "reports",
            "official",
            "conflicts",
            "external_ids");

    private void csv(Fusion fusion, PrintWriter writer) {
        csvRecord(writer, CSV_HEADER);
        each(fusion, incident -> csvRecord(writer, csvRow(incident)));
    }

    private static List<Object> csvRow(Incident incident) {
        var location = incident.location();
        List<Object> row = new java.util.ArrayList<>();
        row.add(incident.id());
        row.add(incident.eventType());
        row.add(incident.date());
        row.add(incident.dateFrom());
        row.add(incident.dateTo());
        row.add(incident.datePrecision());
        row.add(location == null ? null : location.provincePcode());
        row.add(location == null ? null : location.districtPcode());
        row.add(location == null ? null : location.place());
        row.add(location == null ? null : location.lat());
        row.add(location == null ? null : location.lon());
        row.add(location == null ? null : location.precision());
        row.add(low(incident.killed()));
        row.add(best(incident.killed()));
        row.add(high(incident.killed()));
        row.add(low(incident.injured()));
        row.add(best(incident.injured()));
        row.add(high(incident.injured()));
        row.add(best(incident.militantsKilled()));
        row.add(incident.targets().stream().map(Enum::name).collect(Collectors.joining(";")));
        row.add(incident.perpetrator() == null ? null : incident.perpetrator().code());
        row.add(incident.perpetrator() == null ? null : incident.perpetrator().status());
        row.add(incident.corroboration().sources());
        row.add(incident.corroboration().reports());
        row.add(incident.corroboration().official());
        row.add(incident.conflicts().stream().map(Incident.Conflict::field).collect(Collectors.joining(";")));
        row.add(incident.reporting().stream()
                .map(Incident.Member::externalId)
                .filter(java.util.Objects::nonNull)
                .distinct()
                .collect(Collectors.joining(";")));
        return row;
    }

    /** One CSV row (RFC 4180): fields with a comma, quote or line break are quoted. */
    private static void csvRecord(PrintWriter writer, List<?> fields) {
        StringBuilder line = new StringBuilder();
        for (Object field : fields) {
            if (!line.isEmpty()) {
                line.append(',');
            }
            String text = field == null ? "" : field.toString();
            if (text.indexOf(',') >= 0
                    || text.indexOf('"') >= 0
                    || text.indexOf('\n') >= 0
                    || text.indexOf('\r') >= 0) {
                line.append('"').append(text.replace("\"", "\"\"")).append('"');
            } else {
                line.append(text);
            }
        }
        writer.print(line.append("\r\n"));
    }

    private static Long low(Incident.Range range) {
        return range == null ? null : range.low();
    }

    private static Long best(Incident.Range range) {
        return range == null ? null : range.best();
    }

    private static Long high(Incident.Range range) {
        return range == null ? null : range.high();
    }
}
