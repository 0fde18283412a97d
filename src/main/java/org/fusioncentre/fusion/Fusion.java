package org.fusioncentre.fusion;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import org.fusioncentre.access.Audience;
import org.jspecify.annotations.Nullable;

/**
 * The fusion stage: observations into incidents, kept current as observations arrive.
 *
 * <p>Incidents are fused once from every report. What a person reads is what their
 * {@link Audience} may see (DESIGN §7): an incident is visible when at least one of its reports
 * is, and then it is fused again from those reports alone, so no figure, text or source of a
 * hidden report shows; the incident keeps its id, status and analysts' corrections. Reading an
 * incident fused from AMBER or stricter reports is audited.
 */
public interface Fusion {
    /** The incident as the audience sees it; empty when it does not exist or none of its reports is visible. */
    Optional<Incident> incident(IncidentId id, Audience audience);

    /** A page of the incidents the audience sees, filtered on what it sees of them. */
    IncidentPage incidents(IncidentQuery query, Audience audience);

    /**
     * Every incident the query finds (its cursor and limit ignored), page after page, up to
     * {@code max}: for views that draw or count a period's incidents.
     */
    default List<Incident> allIncidents(IncidentQuery query, Audience audience, int max) {
        List<Incident> found = new java.util.ArrayList<>();
        String cursor = null;
        do {
            IncidentPage page = incidents(
                    new IncidentQuery(
                            query.from(),
                            query.to(),
                            query.provincePcode(),
                            query.districtPcode(),
                            query.eventType(),
                            query.perpetrator(),
                            query.minSources(),
                            query.includeNotIncidents(),
                            cursor,
                            IncidentQuery.MAX_LIMIT,
                            query.marking()),
                    audience);
            found.addAll(page.items());
            cursor = page.nextCursor();
        } while (cursor != null && found.size() < max);
        return found.size() > max ? List.copyOf(found.subList(0, max)) : found;
    }

    long incidentCount();

    /**
     * The counting facts of every incident whose date range starts on or before the day, those an
     * analyst marked as no incident left out; in no particular order.
     */
    void eachIncidentFact(LocalDate to, Audience audience, Consumer<IncidentFact> consumer);

    /**
     * Whether the audience sees every incident as the operator does: then what is computed from
     * all incidents (assessments, counts) may be shown to it unchanged.
     */
    boolean seesAsOperator(Audience audience);

    /**
     * Fuses the blocks holding observations no incident contains yet (after a batch import), and
     * returns how many blocks it fused.
     */
    long fusePending(LongConsumer progress);

    /** Recomputes every incident from the current observations; returns how many there are. */
    long rebuild(LongConsumer progress);

    // Analyst decisions: each is stored, then the incident's block is fused again with every
    // decision on it applied. Each throws DecisionRejected, changing nothing, when the incident is
    // unknown (or merged away, or invisible to the analyst), lies outside the analyst's
    // jurisdiction, or the decision does not fit it. The audience's name is the analyst's.

    /** Joins the other incident into this one; both must lie in one block (district). */
    Incident merge(IncidentId id, IncidentId other, Audience analyst, @Nullable String reason);

    /** Moves these observations out into an incident of their own; returns both incidents. */
    List<Incident> split(IncidentId id, List<String> observations, Audience analyst, @Nullable String reason);

    Incident confirm(IncidentId id, Audience analyst, @Nullable String reason);

    /** Sets a field (one of {@link Decision#CORRECTABLE}) over the fused value. */
    Incident correct(IncidentId id, String field, String value, Audience analyst, @Nullable String reason);

    Incident notAnIncident(IncidentId id, Audience analyst, @Nullable String reason);

    /**
     * Pairs of incidents fusion kept apart though they nearly matched, likeliest first: the
     * analyst's queue. An incident an analyst has confirmed or marked is not queued again.
     */
    List<ReviewItem> reviewQueue(int limit, Audience audience);

    /** The decisions that name any of the incident's observations, oldest first. */
    List<Decision> decisions(IncidentId id, Audience audience);
}
