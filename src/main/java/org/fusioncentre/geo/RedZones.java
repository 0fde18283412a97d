package org.fusioncentre.geo;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Declared red zones: declare, list, retire, and ask which cover a point at a time. */
public interface RedZones {
    RedZone declare(RedZone zone);

    List<RedZone> list(boolean includeRetired);

    Optional<RedZone> find(UUID id);

    /**
     * Retires a zone from the given time on.
     *
     * @throws IllegalStateException when it is already retired
     */
    RedZone retire(UUID id, Instant at);

    /** The zones in force at {@code time} that cover the point. */
    List<RedZone> zonesAt(double lat, double lon, Instant time);
}
