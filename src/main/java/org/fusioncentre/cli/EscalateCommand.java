package org.fusioncentre.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.fusioncentre.coordination.Coordination;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code fusion escalate}: one round of escalation now, as the service does on its schedule. */
@Command(
        name = "escalate",
        mixinStandardHelpOptions = true,
        description = {
            "Escalates every assignment not acknowledged in time or past its due date to the committee above,",
            "once per cause, and notifies that committee. The service does this on its own every 15 minutes."
        })
final class EscalateCommand implements Callable<Integer> {
    @Mixin
    DataOption data = new DataOption();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        int made = Application.onStore(
                data.resolve(),
                spec.commandLine(),
                context -> context.getBean(Coordination.class).escalate());
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "escalated %d assignment%s%n", made, made == 1 ? "" : "s");
        out.flush();
        return 0;
    }
}
