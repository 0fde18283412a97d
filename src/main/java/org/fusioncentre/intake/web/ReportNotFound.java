package org.fusioncentre.intake.web;

import org.fusioncentre.intake.ReportId;

/** Nobody stored a report with this id. */
final class ReportNotFound extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ReportNotFound(ReportId id) {
        super("no report with id " + id);
    }
}
