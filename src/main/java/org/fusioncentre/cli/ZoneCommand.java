package org.fusioncentre.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.fusioncentre.geo.RedZone;
import org.fusioncentre.geo.RedZones;
import org.fusioncentre.geo.ZoneShape;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code fusion zone add|list|retire|check}: red zones declared by an authority. */
@Command(
        name = "zone",
        mixinStandardHelpOptions = true,
        description = "Manages red zones: areas an authority declared sensitive for a period.",
        subcommands = {
            ZoneCommand.Add.class,
            ZoneCommand.ListZones.class,
            ZoneCommand.Retire.class,
            ZoneCommand.Check.class
        })
final class ZoneCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "say 'add', 'list', 'retire' or 'check'");
    }

    static void print(PrintWriter out, RedZone zone) {
        String shape = switch (zone.shape()) {
            case ZoneShape.Circle circle ->
                String.format("circle %.5f,%.5f r=%.0f m", circle.lat(), circle.lon(), circle.radiusMetres());
            case ZoneShape.Area area -> "polygon";
        };
        out.printf(
                "%s  %-40s %-28s %s..%s%s%n",
                zone.id(),
                zone.name(),
                shape,
                zone.validFrom(),
                zone.validUntil() == null ? "" : zone.validUntil(),
                zone.retiredAt() == null ? "" : "  retired " + zone.retiredAt());
    }

    @Command(
            name = "add",
            mixinStandardHelpOptions = true,
            description = "Declares a red zone, as a circle or a GeoJSON polygon.")
    static final class Add implements Callable<Integer> {
        @Mixin
        DataOption data = new DataOption();

        @Option(names = "--name", required = true, description = "what the zone is, e.g. 'Quetta Cantonment'")
        String name;

        @Option(names = "--authority", required = true, description = "who declared it")
        String authority;

        @Option(
                names = "--circle",
                paramLabel = "LAT,LON,RADIUS_M",
                description = "a circle: centre and radius in metres")
        String circle;

        @Option(
                names = "--polygon",
                paramLabel = "FILE",
                description = "a GeoJSON file holding a Polygon or MultiPolygon")
        Path polygon;

        @Option(names = "--from", paramLabel = "TIME", description = "start of validity, ISO-8601 (default: now)")
        OffsetDateTime from;

        @Option(names = "--until", paramLabel = "TIME", description = "end of validity, ISO-8601 (default: open-ended)")
        OffsetDateTime until;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            ZoneShape shape = shape();
            RedZone zone;
            try {
                zone = new RedZone(
                        UUID.randomUUID(),
                        name.strip(),
                        shape,
                        authority.strip(),
                        from == null ? Instant.now() : from.toInstant(),
                        until == null ? null : until.toInstant(),
                        null);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage(), e);
            }
            print(
                    spec.commandLine().getOut(),
                    Application.onStore(
                            data.resolve(),
                            spec.commandLine(),
                            context -> context.getBean(RedZones.class).declare(zone)));
            return 0;
        }

        private ZoneShape shape() throws IOException {
            if ((circle == null) == (polygon == null)) {
                throw new CommandLine.ParameterException(
                        spec.commandLine(), "give exactly one of --circle and --polygon");
            }
            try {
                if (circle != null) {
                    String[] parts = circle.split(",");
                    if (parts.length != 3) {
                        throw new IllegalArgumentException("--circle takes LAT,LON,RADIUS_M, e.g. 30.19,67.01,1500");
                    }
                    return new ZoneShape.Circle(
                            Double.parseDouble(parts[0].strip()),
                            Double.parseDouble(parts[1].strip()),
                            Double.parseDouble(parts[2].strip()));
                }
                String geoJson = Files.readString(polygon, StandardCharsets.UTF_8);
                return ZoneShape.polygon(geoJson);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage(), e);
            }
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists red zones.")
    static final class ListZones implements Callable<Integer> {
        @Mixin
        DataOption data = new DataOption();

        @Option(names = "--all", description = "include retired zones")
        boolean all;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            Application.onStore(
                            data.resolve(),
                            spec.commandLine(),
                            context -> context.getBean(RedZones.class).list(all))
                    .forEach(zone -> print(spec.commandLine().getOut(), zone));
            return 0;
        }
    }

    @Command(name = "retire", mixinStandardHelpOptions = true, description = "Retires a red zone from now on.")
    static final class Retire implements Callable<Integer> {
        @Mixin
        DataOption data = new DataOption();

        @Parameters(paramLabel = "ID", description = "the zone's id (see 'zone list')")
        UUID id;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            print(
                    spec.commandLine().getOut(),
                    Application.onStore(
                            data.resolve(),
                            spec.commandLine(),
                            context -> context.getBean(RedZones.class).retire(id, Instant.now())));
            return 0;
        }
    }

    @Command(
            name = "check",
            mixinStandardHelpOptions = true,
            description = "Lists the zones in force that cover a point.")
    static final class Check implements Callable<Integer> {
        @Mixin
        DataOption data = new DataOption();

        @Parameters(index = "0", paramLabel = "LAT")
        double lat;

        @Parameters(index = "1", paramLabel = "LON")
        double lon;

        @Option(names = "--at", paramLabel = "TIME", description = "the time to check at, ISO-8601 (default: now)")
        OffsetDateTime at;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            try {
                org.fusioncentre.geo.Coordinates.check(lat, lon);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage(), e);
            }
            List<RedZone> found = Application.onStore(
                    data.resolve(),
                    spec.commandLine(),
                    context -> context.getBean(RedZones.class)
                            .zonesAt(lat, lon, at == null ? Instant.now() : at.toInstant()));
            PrintWriter out = spec.commandLine().getOut();
            if (found.isEmpty()) {
                out.println("in no red zone");
            }
            found.forEach(zone -> print(out, zone));
            return 0;
        }
    }
}
