package org.fusioncentre.access;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An API token as stored: the secret itself is shown once and only its digest is kept. */
public record ApiToken(
        UUID id,
        String username,
        Instant createdAt,
        Instant expiresAt,
        @Nullable Instant revokedAt) {
    public ApiToken {
        requireNonNull(id, "id is null");
        requireNonNull(username, "username is null");
        requireNonNull(createdAt, "createdAt is null");
        requireNonNull(expiresAt, "expiresAt is null");
    }

    public boolean validAt(Instant moment) {
        return revokedAt == null && moment.isBefore(expiresAt);
    }

    /** A newly created token with its secret, to hand to its owner once. */
    public record Issued(ApiToken token, String secret) {}
}
