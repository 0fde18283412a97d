package org.fusioncentre.intake.web;

/** A submitted report was not valid; the message says why. */
final class ReportRejected extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ReportRejected(String reason) {
        super(reason);
    }
}
