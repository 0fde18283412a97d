package org.fusioncentre.access;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Accounts: created by an administrator or the local operator, never with a default password. */
public interface Users {
    /**
     * @param organisation the organisation the user belongs to (created on first use), or null
     * @param password at least 12 characters; hashed with Argon2id, never stored or logged
     * @throws IllegalArgumentException for a taken or malformed username, no roles, an unknown
     *     jurisdiction or a short password, with the reason
     */
    User add(
            String username,
            Set<Role> roles,
            Jurisdiction jurisdiction,
            @Nullable String organisation,
            char[] password);

    List<User> list();

    Optional<User> find(String username);

    /**
     * Disables the account at once: it can no longer log in or use its tokens.
     *
     * @throws IllegalArgumentException for an unknown user
     */
    User disable(String username);

    /**
     * The enabled user with this password. After {@value #MAX_FAILURES} failures in a row the
     * account is locked for {@value #LOCK_MINUTES} minutes, and even the right password fails.
     */
    Optional<User> authenticate(String username, char[] password);

    int MAX_FAILURES = 5;
    int LOCK_MINUTES = 15;
}
