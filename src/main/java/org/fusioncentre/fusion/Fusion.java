package org.fusioncentre.fusion;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import org.jspecify.annotations.Nullable;

/** The fusion stage: observations into incidents, kept current as observations arrive. */
public interface Fusion {
    Optional<Incident> incident(IncidentId id);

    IncidentPage incidents(IncidentQuery query);

    long incidentCount();

    /**
     * The counting facts of every incident whose date range starts on or before the day, those an
     * analyst marked as no incident left out; in no particular order.
     */
    void eachIncidentFact(LocalDate to, Consumer<IncidentFact> consumer);

    /**
     * Fuses the blocks holding observations no incident contains yet (after a batch import), and
     * returns how many blocks it fused.
     */
    long fusePending(LongConsumer progress);

    /** Recomputes every incident from the current observations; returns how many there are. */
    long rebuild(LongConsumer progress);

    // Analyst decisions: each is stored, then the incident's block is fused again with every
    // decision on it applied. Each throws DecisionRejected, changing nothing, when the incident is
    // unknown (or merged away) or the decision does not fit it.

    /** Joins the other incident into this one; both must lie in one block (district). */
    Incident merge(IncidentId id, IncidentId other, String analyst, @Nullable String reason);

    /** Moves these observations out into an incident of their own; returns both incidents. */
    List<Incident> split(IncidentId id, List<String> observations, String analyst, @Nullable String reason);

    Incident confirm(IncidentId id, String analyst, @Nullable String reason);

    /** Sets a field (one of {@link Decision#CORRECTABLE}) over the fused value. */
    Incident correct(IncidentId id, String field, String value, String analyst, @Nullable String reason);

    Incident notAnIncident(IncidentId id, String analyst, @Nullable String reason);

    /**
     * Pairs of incidents fusion kept apart though they nearly matched, likeliest first: the
     * analyst's queue. An incident an analyst has confirmed or marked is not queued again.
     */
    List<ReviewItem> reviewQueue(int limit);

    /** The decisions that name any of the incident's observations, oldest first. */
    List<Decision> decisions(IncidentId id);
}
