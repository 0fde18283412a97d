package org.fusioncentre.fusion;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An analyst's decision on an incident: immutable, attributed, applied on top of automatic fusion
 * every time the incident's block is fused, so it survives rebuilds and re-extraction. It names
 * observations rather than incidents: both incidents' observations for a merge, the moved ones
 * for a split, the incident's for the others.
 *
 * @param field for a correction: event_type, date, killed, injured, militants_killed or perpetrator
 */
public record Decision(
        UUID id,
        Kind kind,
        IncidentId incidentId,
        String blockKey,
        List<String> observations,
        @Nullable String field,
        @Nullable String value,
        String analyst,
        @Nullable String reason,
        Instant decidedAt) {

    public enum Kind {
        MERGE,
        SPLIT,
        CONFIRM,
        CORRECT,
        NOT_INCIDENT
    }

    public static final List<String> CORRECTABLE =
            List.of("event_type", "date", "killed", "injured", "militants_killed", "perpetrator");

    public Decision {
        requireNonNull(id, "id is null");
        requireNonNull(kind, "kind is null");
        requireNonNull(incidentId, "incidentId is null");
        requireNonNull(blockKey, "blockKey is null");
        observations = List.copyOf(observations);
        requireNonNull(analyst, "analyst is null");
        requireNonNull(decidedAt, "decidedAt is null");
    }
}
