package org.fusioncentre.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.fusioncentre.intake.ImportProgress;

/** Shows an import's progress on stderr: a redrawn bar on a terminal, or one line per stored batch. */
final class ProgressPrinter implements ImportProgress {
    enum Mode {
        BAR,
        LINES,
        NONE;

        /** auto means a bar when stderr is a terminal (the launcher sets FUSION_STDERR_TTY), else nothing. */
        static Mode parse(String text) {
            return switch (text.toLowerCase(Locale.ROOT)) {
                case "auto" -> "1".equals(System.getenv("FUSION_STDERR_TTY")) ? BAR : NONE;
                case "bar" -> BAR;
                case "lines" -> LINES;
                case "none" -> NONE;
                default ->
                    throw new IllegalArgumentException(
                            "--progress must be auto, bar, lines or none, not '" + text + "'");
            };
        }
    }

    private static final long REDRAW_NANOS = 200_000_000L;
    private static final int WIDTH = 30;

    private final Mode mode;
    private final PrintWriter err;
    private final long started = System.nanoTime();
    private long lastDrawn;
    private boolean drawn;

    ProgressPrinter(Mode mode, PrintWriter err) {
        this.mode = mode;
        this.err = err;
    }

    @Override
    public void update(String file, long bytesRead, long bytesTotal, long records) {
        switch (mode) {
            case NONE -> {}
            case LINES -> {
                err.printf(Locale.ROOT, "progress: %d records, %d of %d bytes%n", records, bytesRead, bytesTotal);
                err.flush();
            }
            case BAR -> {
                long now = System.nanoTime();
                if (drawn && now - lastDrawn < REDRAW_NANOS) {
                    return;
                }
                lastDrawn = now;
                drawn = true;
                double seconds = Math.max((now - started) / 1e9, 1e-3);
                int percent = bytesTotal == 0 ? 0 : (int) Math.min(100, bytesRead * 100 / bytesTotal);
                int filled = percent * WIDTH / 100;
                err.printf(
                        Locale.ROOT,
                        "\r[%s%s] %3d%%  %,d records  %,.0f/s ",
                        "#".repeat(filled),
                        ".".repeat(WIDTH - filled),
                        percent,
                        records,
                        records / seconds);
                err.flush();
            }
        }
    }

    /** Extraction after an import: how many reports are extracted so far. */
    void extracted(long reports) {
        switch (mode) {
            case NONE -> {}
            case LINES -> {
                err.printf(Locale.ROOT, "extracting: %d reports%n", reports);
                err.flush();
            }
            case BAR -> {
                long now = System.nanoTime();
                if (drawn && now - lastDrawn < REDRAW_NANOS) {
                    return;
                }
                lastDrawn = now;
                drawn = true;
                err.printf(Locale.ROOT, "\rextracting: %,d reports ", reports);
                err.flush();
            }
        }
    }

    void finish() {
        if (mode == Mode.BAR && drawn) {
            err.println();
            err.flush();
        }
        drawn = false;
    }
}
