package org.fusioncentre.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.fusioncentre.access.AuditEntry;
import org.fusioncentre.access.AuditLog;
import org.fusioncentre.access.AuditQuery;
import org.fusioncentre.access.AuditRecord;
import org.fusioncentre.access.AuditVerification;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code fusion audit verify|list}: the tamper-evident audit log. */
@Command(
        name = "audit",
        mixinStandardHelpOptions = true,
        description = "Verifies and lists the audit log: every change, hash-chained to the one before.",
        subcommands = {AuditCommand.Verify.class, AuditCommand.ListEntries.class})
final class AuditCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "say 'verify' or 'list'");
    }

    @Command(
            name = "verify",
            mixinStandardHelpOptions = true,
            description = {
                "Walks the whole audit chain and checks every entry's hash and link to the one before.",
                "Exit 0 when intact; 1 with the first broken entry when an entry was edited, deleted or reordered."
            })
    static final class Verify implements Callable<Integer> {
        @Mixin
        DataOption data = new DataOption();

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            AuditVerification verification = Application.onStore(
                    data.resolve(),
                    spec.commandLine(),
                    context -> context.getBean(AuditLog.class).verify());
            if (verification.intact()) {
                PrintWriter out = spec.commandLine().getOut();
                out.printf(Locale.ROOT, "audit log intact: %d entries%n", verification.entries());
                out.flush();
                return 0;
            }
            PrintWriter err = spec.commandLine().getErr();
            err.printf(
                    Locale.ROOT, "audit log broken at entry %d: %s%n", verification.brokenAt(), verification.reason());
            err.flush();
            return 1;
        }
    }

    @Command(
            name = "list",
            mixinStandardHelpOptions = true,
            description = "Prints the most recent audit entries, newest first.")
    static final class ListEntries implements Callable<Integer> {
        @Mixin
        DataOption data = new DataOption();

        @Option(names = "--limit", defaultValue = "50", description = "entries to print (default: ${DEFAULT-VALUE})")
        int limit;

        @Option(names = "--actor", description = "only this actor's entries, e.g. cli:ops or a username")
        String actor;

        @Option(names = "--action", paramLabel = "PREFIX", description = "only actions starting so, e.g. incident.")
        String action;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            AuditQuery query;
            try {
                query = new AuditQuery(actor, action, null, null, null, null, null, limit, true);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
            }
            List<AuditEntry> entries = Application.onStore(
                    data.resolve(),
                    spec.commandLine(),
                    context -> context.getBean(AuditLog.class).entries(query));
            PrintWriter out = spec.commandLine().getOut();
            for (AuditEntry entry : entries) {
                AuditRecord what = entry.record();
                out.printf(
                        Locale.ROOT,
                        "%6d  %s  %-20s %-24s %s %s%s%s%n",
                        entry.sequence(),
                        entry.recordedAt(),
                        what.actor(),
                        what.action(),
                        what.entityType(),
                        what.entityId(),
                        what.marking() == null ? "" : "  " + what.marking().tlp(),
                        what.reason() == null
                                ? ""
                                : "  reason: " + what.reason().replaceAll("\\s+", " "));
            }
            out.flush();
            return 0;
        }
    }
}
