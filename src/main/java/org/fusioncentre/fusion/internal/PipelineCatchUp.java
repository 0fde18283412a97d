package org.fusioncentre.fusion.internal;

import org.fusioncentre.extraction.Extraction;
import org.fusioncentre.fusion.Fusion;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * After start-up and then every {@code fusion.pipeline.catch-up-interval}, in the background:
 * extracts what the current extractor has not seen, then fuses what no incident holds — work left
 * by a crash, an import beside the running service with {@code --no-wait}, an upgrade.
 */
@Component
class PipelineCatchUp implements DisposableBean {
    private static final Logger log = LoggerFactory.getLogger(PipelineCatchUp.class);

    private final Extraction extraction;
    private final Fusion fusion;
    private final PipelineProperties properties;
    private volatile @Nullable Thread worker;

    PipelineCatchUp(Extraction extraction, Fusion fusion, PipelineProperties properties) {
        this.extraction = extraction;
        this.fusion = fusion;
        this.properties = properties;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        if (!properties.live() || !properties.catchUpOnStart()) {
            return;
        }
        worker = Thread.ofVirtual().name("pipeline-catch-up").start(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                catchUp();
                try {
                    Thread.sleep(properties.catchUpInterval());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        });
    }

    @Override
    public void destroy() {
        Thread running = worker;
        if (running != null) {
            running.interrupt();
        }
    }

    /** One round: what the current extractor has not seen, then what no incident holds. */
    void catchUp() {
        try {
            long extracted = extraction.extractPending(count -> {});
            long blocks = fusion.fusePending(count -> {});
            if (extracted > 0 || blocks > 0) {
                log.info("Caught up: {} reports extracted, {} blocks fused", extracted, blocks);
            }
        } catch (RuntimeException e) {
            log.error("Catching up failed; it is tried again at the next round", e);
        }
    }
}
