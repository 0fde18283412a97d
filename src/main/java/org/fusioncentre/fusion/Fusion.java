package org.fusioncentre.fusion;

import java.util.Optional;
import java.util.function.LongConsumer;

/** The fusion stage: observations into incidents, kept current as observations arrive. */
public interface Fusion {
    Optional<Incident> incident(IncidentId id);

    IncidentPage incidents(IncidentQuery query);

    long incidentCount();

    /**
     * Fuses the blocks holding observations no incident contains yet (after a batch import), and
     * returns how many blocks it fused.
     */
    long fusePending(LongConsumer progress);

    /** Recomputes every incident from the current observations; returns how many there are. */
    long rebuild(LongConsumer progress);
}
