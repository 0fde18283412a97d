package org.fusioncentre.extraction;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.fusioncentre.intake.ReportId;

/**
 * Published, in the transaction that stores them, when a report's observations for an extractor
 * version are stored; the list is empty for a report that describes no incident.
 */
public record ObservationsExtracted(ReportId reportId, String extractorVersion, List<ObservationId> observations) {
    public ObservationsExtracted {
        requireNonNull(reportId, "reportId is null");
        requireNonNull(extractorVersion, "extractorVersion is null");
        observations = List.copyOf(observations);
    }
}
