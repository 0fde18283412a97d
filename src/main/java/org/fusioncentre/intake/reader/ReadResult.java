package org.fusioncentre.intake.reader;

import static java.util.Objects.requireNonNull;

import org.fusioncentre.intake.IncomingReport;

/** One record read from an input: a valid report, or a rejection saying why. */
public sealed interface ReadResult {
    /** Where it was read, e.g. {@code reports.jsonl:17}. */
    String origin();

    record Parsed(IncomingReport report, String origin) implements ReadResult {
        public Parsed {
            requireNonNull(report, "report is null");
            requireNonNull(origin, "origin is null");
        }
    }

    record Rejected(String origin, String reason) implements ReadResult {
        public Rejected {
            requireNonNull(origin, "origin is null");
            requireNonNull(reason, "reason is null");
        }
    }
}
