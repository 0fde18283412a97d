package org.fusioncentre.fusion.internal;

import org.fusioncentre.extraction.ObservationsExtracted;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

/**
 * Re-fuses the blocks of each report as its observations are extracted. Absent when {@code
 * fusion.pipeline.live} is false (command-line imports fuse in batches afterwards).
 */
@Component
@ConditionalOnProperty(name = "fusion.pipeline.live", havingValue = "true", matchIfMissing = true)
class LiveFusion {
    private final FusionService fusion;

    LiveFusion(FusionService fusion) {
        this.fusion = fusion;
    }

    // the work opens its own transactions: one connection per listener thread, not two
    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(ObservationsExtracted extracted) {
        fusion.fuseReport(extracted.reportId());
    }
}
