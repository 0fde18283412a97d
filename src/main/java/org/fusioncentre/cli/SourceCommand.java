package org.fusioncentre.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.fusioncentre.access.Marking;
import org.fusioncentre.intake.Intake;
import org.fusioncentre.intake.Reliability;
import org.fusioncentre.intake.Source;
import org.fusioncentre.intake.SourceId;
import org.fusioncentre.intake.SourceKind;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code fusion source add|list}: the sources, their kinds and reliability grades. */
@Command(
        name = "source",
        mixinStandardHelpOptions = true,
        description = "Manages sources and their Admiralty reliability grades.",
        subcommands = {SourceCommand.Add.class, SourceCommand.ListSources.class})
final class SourceCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "say 'add' or 'list'");
    }

    @Command(
            name = "add",
            mixinStandardHelpOptions = true,
            description = "Registers a source, or updates the one of that name.")
    static final class Add implements Callable<Integer> {
        @Mixin
        DataOption data = new DataOption();

        @Option(names = "--name", required = true, description = "source name as reports give it")
        String name;

        @Option(
                names = "--kind",
                required = true,
                description = "NEWS, POLICE, CTD, AGENCY, OFFICIAL_STATEMENT, NGO or OTHER")
        String kind;

        @Option(
                names = "--reliability",
                required = true,
                description = "Admiralty grade A (completely reliable) to F (cannot be judged)")
        String reliability;

        @Option(
                names = "--marking",
                defaultValue = "GREEN",
                description = "default marking of its reports (default: GREEN)")
        String marking;

        @Option(
                names = "--organisation",
                description = "the organisation the source belongs to, e.g. a provincial CTD: its users see the "
                        + "source's AMBER and AMBER+STRICT reports")
        String organisation;

        @Option(names = "--description", description = "one line about the source")
        String description;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            Source source;
            try {
                source = new Source(
                        SourceId.forName(name),
                        name,
                        SourceKind.parse(kind),
                        Reliability.parse(reliability),
                        Marking.parse(marking),
                        description,
                        organisation);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage(), e);
            }
            Application.onStore(data.resolve(), spec.commandLine(), context -> {
                context.getBean(Intake.class).saveSource(source);
                return source;
            });
            spec.commandLine().getOut().println("saved source '" + source.name() + "' (" + source.id() + ")");
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists the sources.")
    static final class ListSources implements Callable<Integer> {
        @Mixin
        DataOption data = new DataOption();

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            for (Source source : Application.onStore(
                    data.resolve(),
                    spec.commandLine(),
                    context -> context.getBean(Intake.class).sources())) {
                out.printf(
                        "%-40s %-18s %s  %s%n",
                        source.name(),
                        source.kind(),
                        source.reliability(),
                        source.defaultMarking().tlp());
            }
            return 0;
        }
    }
}
