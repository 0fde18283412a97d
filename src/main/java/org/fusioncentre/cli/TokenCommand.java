package org.fusioncentre.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.fusioncentre.access.ApiToken;
import org.fusioncentre.access.Tokens;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code fusion token create|list|revoke}: API tokens, sent as {@code Authorization: Bearer …}. */
@Command(
        name = "token",
        mixinStandardHelpOptions = true,
        description = "Manages API tokens: the token is printed once; only its digest is stored.",
        subcommands = {TokenCommand.Create.class, TokenCommand.ListTokens.class, TokenCommand.Revoke.class})
final class TokenCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "say 'create', 'list' or 'revoke'");
    }

    @Command(name = "create", mixinStandardHelpOptions = true, description = "Creates a token and prints it once.")
    static final class Create implements Callable<Integer> {
        @Mixin
        DataOption data = new DataOption();

        @Option(names = "--username", required = true, description = "the token's owner")
        String username;

        @Option(
                names = "--ttl-days",
                defaultValue = "90",
                description = "lifetime, 1 to 366 days (default ${DEFAULT-VALUE})")
        int ttlDays;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            ApiToken.Issued issued = Application.onStore(
                    data.resolve(),
                    spec.commandLine(),
                    context -> context.getBean(Tokens.class).create(username, Duration.ofDays(ttlDays)));
            spec.commandLine().getOut().println(issued.secret());
            spec.commandLine()
                    .getErr()
                    .printf(
                            "fusion: token %s for %s, valid until %s; it is shown only now%n",
                            issued.token().id(),
                            issued.token().username(),
                            issued.token().expiresAt());
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists a user's tokens (never the secrets).")
    static final class ListTokens implements Callable<Integer> {
        @Mixin
        DataOption data = new DataOption();

        @Option(names = "--username", required = true)
        String username;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            for (ApiToken token : Application.onStore(
                    data.resolve(),
                    spec.commandLine(),
                    context -> context.getBean(Tokens.class).list(username))) {
                out.printf(
                        "%s  created %s  expires %s%s%n",
                        token.id(),
                        token.createdAt(),
                        token.expiresAt(),
                        token.revokedAt() == null ? "" : "  revoked " + token.revokedAt());
            }
            out.flush();
            return 0;
        }
    }

    @Command(name = "revoke", mixinStandardHelpOptions = true, description = "Revokes a token at once.")
    static final class Revoke implements Callable<Integer> {
        @Mixin
        DataOption data = new DataOption();

        @Parameters(paramLabel = "TOKEN_ID")
        String id;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            UUID token;
            try {
                token = UUID.fromString(id);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), "'" + id + "' is not a token id", e);
            }
            ApiToken revoked = Application.onStore(
                    data.resolve(),
                    spec.commandLine(),
                    context -> context.getBean(Tokens.class).revoke(token));
            spec.commandLine().getOut().printf("revoked %s of %s%n", revoked.id(), revoked.username());
            return 0;
        }
    }
}
