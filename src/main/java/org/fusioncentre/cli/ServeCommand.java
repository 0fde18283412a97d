package org.fusioncentre.cli;

import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code fusion serve}: runs the service until it is stopped (Ctrl-C or SIGTERM shut it down gracefully). */
@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        description = "Runs the service: REST API, health and metrics.")
final class ServeCommand implements Callable<Integer> {
    @Mixin
    DataOption data = new DataOption();

    @Option(names = "--port", paramLabel = "N", description = "HTTP port (default: 8080)")
    Integer port;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        ConfigurableApplicationContext context = start(data, port);
        announce(context, spec.commandLine().getOut());
        awaitShutdown(context);
        return 0;
    }

    static ConfigurableApplicationContext start(DataOption data, Integer port) {
        if (port != null && (port < 0 || port > 65535)) {
            throw new IllegalArgumentException("--port must be between 0 and 65535");
        }
        return Application.start(data.resolve(), true, port == null ? Map.of() : Map.of("server.port", port));
    }

    static String baseUrl(ConfigurableApplicationContext context) {
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        String address = context.getEnvironment().getProperty("server.address", "127.0.0.1");
        String host = address.equals("0.0.0.0") || address.equals("::") ? "localhost" : address;
        return "http://" + host + ":" + port + "/";
    }

    static void announce(ConfigurableApplicationContext context, java.io.PrintWriter out) {
        String base = baseUrl(context);
        out.println("Fusion Centre is serving " + base);
        out.println("  reports API   " + base + "api/v1/reports");
        out.println("  OpenAPI       " + base + "v3/api-docs");
        out.println("  health        " + base + "actuator/health");
        out.println("Stop it with Ctrl-C.");
        out.flush();
    }

    static void awaitShutdown(ConfigurableApplicationContext context) throws InterruptedException {
        CountDownLatch closed = new CountDownLatch(1);
        context.addApplicationListener(event -> {
            if (event instanceof ContextClosedEvent) {
                closed.countDown();
            }
        });
        if (context.isActive()) {
            closed.await();
        }
    }
}
