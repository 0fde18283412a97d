package org.fusioncentre.extraction.internal;

import org.fusioncentre.intake.ReportReceived;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

/**
 * Extracts each report as it is received. Absent when {@code fusion.pipeline.live} is false
 * (command-line imports, which extract in batches afterwards): with no listener, the event
 * registry keeps no publication per report, which would cost an import a write and a delete each.
 */
@Component
@ConditionalOnProperty(name = "fusion.pipeline.live", havingValue = "true", matchIfMissing = true)
class LiveExtraction {
    private final ExtractionService extraction;

    LiveExtraction(ExtractionService extraction) {
        this.extraction = extraction;
    }

    // the work opens its own transactions: one connection per listener thread, not two
    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(ReportReceived received) {
        extraction.extractReceived(received.reportId());
    }
}
