package org.fusioncentre.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code fusion} command and its subcommands. Exit codes follow DESIGN §5: 0 success, 1
 * failure, 2 usage error; errors go to stderr in one line.
 */
@Command(
        name = "fusion",
        mixinStandardHelpOptions = true,
        version = "Fusion Centre 0.1.0",
        description = "Fuses security-incident reports into a common picture and tracks committee action.",
        subcommands = {
            ServeCommand.class,
            DemoCommand.class,
            IngestCommand.class,
            ExtractCommand.class,
            EvalCommand.class,
            ForecastCommand.class,
            BacktestCommand.class,
            IncidentsCommand.class,
            RebuildCommand.class,
            SimulateCommand.class,
            CalibrateCommand.class,
            AssessCommand.class,
            SourceCommand.class,
            UserCommand.class,
            TokenCommand.class,
            ZoneCommand.class,
            AuditCommand.class,
            EscalateCommand.class,
            SitrepCommand.class,
            CommandLine.HelpCommand.class
        })
public final class FusionCli implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** The program's entry point (the jar's main class). */
    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs one command line and returns its exit code. */
    public static int run(String... args) {
        return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = new CommandLine(new FusionCli());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler((exception, line, parseResult) -> {
            line.getErr().println("fusion: " + OneLine.of(exception));
            return 1;
        });
        commandLine.setParameterExceptionHandler((exception, args1) -> {
            CommandLine command = exception.getCommandLine();
            command.getErr().println("fusion: " + exception.getMessage());
            command.getErr().println("Try '" + command.getCommandSpec().qualifiedName() + " --help'.");
            return 2;
        });
        return commandLine.execute(args);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
    }
}
