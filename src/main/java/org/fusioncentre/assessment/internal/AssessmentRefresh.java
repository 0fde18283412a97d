package org.fusioncentre.assessment.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicBoolean;
import org.fusioncentre.fusion.IncidentUpdated;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps today's assessments current in a running service: at start-up, when the day changes,
 * and after incidents change (at most once per {@code fusion.assessment.refresh-interval}, so a
 * batch import of thousands of incidents costs one reassessment, not thousands).
 *
 * <p>An incident change only raises a flag, in the publishing thread: nothing is lost if the
 * flag is lost in a crash, because start-up reassesses anyway — so the flag needs no durable event
 * publication of its own.
 */
@Component
class AssessmentRefresh implements DisposableBean {
    private static final Logger log = LoggerFactory.getLogger(AssessmentRefresh.class);
    private static final ZoneId PAKISTAN = ZoneId.of("Asia/Karachi");

    private final AssessmentService assessments;
    private final AssessmentProperties properties;
    private final Clock clock;
    private final AtomicBoolean incidentsChanged = new AtomicBoolean(true);
    private volatile @Nullable LocalDate assessedDay;
    private volatile @Nullable Thread worker;

    AssessmentRefresh(AssessmentService assessments, AssessmentProperties properties, Clock clock) {
        this.assessments = assessments;
        this.properties = properties;
        this.clock = clock;
    }

    @EventListener
    void on(IncidentUpdated event) {
        incidentsChanged.set(true);
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        if (!properties.refresh()) {
            return;
        }
        worker = Thread.ofVirtual().name("assessment-refresh").start(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                refreshIfDue();
                try {
                    Thread.sleep(properties.refreshInterval());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        });
    }

    /** Reassesses today when incidents changed since the last time or the day is new. */
    void refreshIfDue() {
        LocalDate today = LocalDate.now(clock.withZone(PAKISTAN));
        if (!incidentsChanged.getAndSet(false) && today.equals(assessedDay)) {
            return;
        }
        try {
            assessments.assess(today);
            assessedDay = today;
        } catch (RuntimeException e) {
            incidentsChanged.set(true);
            log.error("Reassessing {} failed; it is tried again at the next round", today, e);
        }
    }

    @Override
    public void destroy() {
        Thread running = worker;
        if (running != null) {
            running.interrupt();
        }
    }
}
