package org.fusioncentre.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.fusioncentre.access.Jurisdiction;
import org.fusioncentre.access.Role;
import org.fusioncentre.access.User;
import org.fusioncentre.access.Users;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code fusion user add|list|disable}: accounts, managed by the local operator — whoever can run
 * the command can read the data folder anyway, so the command line acts with full rights.
 */
@Command(
        name = "user",
        mixinStandardHelpOptions = true,
        description = "Manages user accounts: the first administrator is created here, never with a default password.",
        subcommands = {UserCommand.Add.class, UserCommand.ListUsers.class, UserCommand.Disable.class})
final class UserCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "say 'add', 'list' or 'disable'");
    }

    @Command(
            name = "add",
            mixinStandardHelpOptions = true,
            description =
                    "Creates an account; the password is read from standard input (one line, 12 characters or more).")
    static final class Add implements Callable<Integer> {
        @Mixin
        DataOption data = new DataOption();

        @Option(names = "--username", required = true, description = "lower-case letters, digits, '.', '_' or '-'")
        String username;

        @Option(
                names = "--roles",
                required = true,
                split = ",",
                description = "ADMIN, ANALYST, REPORTER, COMMITTEE_MEMBER, VIEWER (comma-separated)")
        List<String> roles;

        @Option(
                names = "--jurisdiction",
                required = true,
                description = "PK (national), a province (PK2) or a district (PK226) by P-code")
        String jurisdiction;

        @Option(names = "--organisation", description = "e.g. 'CTD Balochistan'; created on first use")
        String organisation;

        @Option(names = "--password-stdin", required = true, description = "read the password from standard input")
        boolean passwordStdin;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            CommandLine commandLine = spec.commandLine();
            Set<Role> parsed = EnumSet.noneOf(Role.class);
            Jurisdiction where;
            try {
                for (String role : roles) {
                    parsed.add(Role.parse(role));
                }
                where = Jurisdiction.parse(jurisdiction);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(commandLine, e.getMessage(), e);
            }
            String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            if (line == null || line.isEmpty()) {
                throw new CommandLine.ParameterException(commandLine, "no password on standard input");
            }
            User user = Application.onStore(
                    data.resolve(),
                    commandLine,
                    context -> context.getBean(Users.class)
                            .add(username, parsed, where, organisation, line.toCharArray()));
            commandLine.getOut().printf("added %s%n", describe(user));
            return 0;
        }
    }

    @Command(
            name = "list",
            mixinStandardHelpOptions = true,
            description = "Lists accounts, their roles and jurisdictions.")
    static final class ListUsers implements Callable<Integer> {
        @Mixin
        DataOption data = new DataOption();

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            Application.onStore(
                            data.resolve(),
                            spec.commandLine(),
                            context -> context.getBean(Users.class).list())
                    .forEach(user -> out.println(describe(user)));
            out.flush();
            return 0;
        }
    }

    @Command(
            name = "disable",
            mixinStandardHelpOptions = true,
            description = "Disables an account at once (password and tokens).")
    static final class Disable implements Callable<Integer> {
        @Mixin
        DataOption data = new DataOption();

        @Parameters(paramLabel = "USERNAME")
        String username;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            User user = Application.onStore(
                    data.resolve(),
                    spec.commandLine(),
                    context -> context.getBean(Users.class).disable(username));
            spec.commandLine().getOut().printf("disabled %s%n", user.username());
            return 0;
        }
    }

    static String describe(User user) {
        return user.username() + "  roles "
                + user.roles().stream().map(Enum::name).sorted().toList() + "  jurisdiction "
                + user.jurisdiction().code()
                + (user.organisation() == null ? "" : "  organisation " + user.organisation())
                + (user.disabled() ? "  DISABLED" : "");
    }
}
