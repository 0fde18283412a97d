package org.fusioncentre.geo;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An area declared sensitive by an authority for a period, e.g. an airport or a cantonment.
 *
 * @param validUntil end of validity; null while open-ended
 * @param retiredAt when someone retired it before its end; null while not retired
 */
public record RedZone(
        UUID id,
        String name,
        ZoneShape shape,
        String authority,
        Instant validFrom,
        @Nullable Instant validUntil,
        @Nullable Instant retiredAt) {

    public RedZone {
        requireNonNull(id, "id is null");
        requireNonNull(name, "name is null");
        requireNonNull(shape, "shape is null");
        requireNonNull(authority, "authority is null");
        requireNonNull(validFrom, "validFrom is null");
        if (name.isBlank() || name.length() > 200) {
            throw new IllegalArgumentException("a zone's name must be 1 to 200 characters");
        }
        if (authority.isBlank() || authority.length() > 200) {
            throw new IllegalArgumentException("a zone's authority must be 1 to 200 characters");
        }
        if (validUntil != null && !validUntil.isAfter(validFrom)) {
            throw new IllegalArgumentException("a zone's validity must end after it starts");
        }
    }

    /** In force at this time: started, not ended, not retired. */
    public boolean activeAt(Instant time) {
        return !time.isBefore(validFrom)
                && (validUntil == null || time.isBefore(validUntil))
                && (retiredAt == null || time.isBefore(retiredAt));
    }

    public boolean covers(double lat, double lon, Instant time) {
        return activeAt(time) && shape.contains(lat, lon);
    }
}
