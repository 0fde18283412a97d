package org.fusioncentre.assessment;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.UUID;
import org.fusioncentre.assessment.model.ThreatLevel;

/**
 * An analyst's recorded override for a specific, imminent threat: the unit is CRITICAL until the
 * override expires, whatever the statistics say. Stored immutable and attributed.
 */
public record ThreatOverride(
        UUID id,
        String unitPcode,
        ThreatLevel level,
        String reason,
        String author,
        Instant createdAt,
        Instant expiresAt) {
    public ThreatOverride {
        requireNonNull(id, "id is null");
        requireNonNull(unitPcode, "unitPcode is null");
        requireNonNull(level, "level is null");
        requireNonNull(reason, "reason is null");
        requireNonNull(author, "author is null");
        requireNonNull(createdAt, "createdAt is null");
        requireNonNull(expiresAt, "expiresAt is null");
        if (!expiresAt.isAfter(createdAt)) {
            throw new IllegalArgumentException("an override must expire after it is made");
        }
    }

    public boolean inForceAt(Instant moment) {
        return !createdAt.isAfter(moment) && expiresAt.isAfter(moment);
    }
}
