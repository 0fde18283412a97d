package org.fusioncentre.coordination.internal;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Escalates late assignments in a running service, at start-up and then every
 * {@code fusion.coordination.escalation-interval}; {@code fusion escalate} does one round on demand.
 * Each escalation is recorded once, so rounds may overlap or repeat harmlessly.
 */
@Component
class EscalationSchedule implements DisposableBean {
    private static final Logger log = LoggerFactory.getLogger(EscalationSchedule.class);

    private final CoordinationService coordination;
    private final CoordinationProperties properties;
    private volatile @Nullable Thread worker;

    EscalationSchedule(CoordinationService coordination, CoordinationProperties properties) {
        this.coordination = coordination;
        this.properties = properties;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        if (!properties.escalation()) {
            return;
        }
        worker = Thread.ofVirtual().name("escalation").start(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                try {
                    int made = coordination.escalate();
                    if (made > 0) {
                        log.info("Escalated {} late assignments", made);
                    }
                } catch (RuntimeException e) {
                    log.error("Escalation failed; it is tried again at the next round", e);
                }
                try {
                    Thread.sleep(properties.escalationInterval());
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
}
