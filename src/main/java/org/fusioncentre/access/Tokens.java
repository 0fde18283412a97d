package org.fusioncentre.access;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** API tokens for scripts and the API, sent as {@code Authorization: Bearer <secret>}. */
public interface Tokens {
    /**
     * @throws IllegalArgumentException for an unknown or disabled user, or a lifetime that is not
     *     between a day and a year
     */
    ApiToken.Issued create(String username, Duration lifetime);

    /** The enabled user whose unexpired, unrevoked token this is. */
    Optional<User> authenticate(String secret);

    /** @throws IllegalArgumentException for an unknown token */
    ApiToken revoke(UUID id);

    List<ApiToken> list(String username);
}
