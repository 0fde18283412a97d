package org.fusioncentre.access;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A person's account: never a record about a person beyond what their access needs. */
public record User(
        UUID id,
        String username,
        Set<Role> roles,
        Jurisdiction jurisdiction,
        @Nullable String organisation,
        boolean disabled,
        Instant createdAt) {
    public User {
        requireNonNull(id, "id is null");
        requireNonNull(username, "username is null");
        roles = Set.copyOf(roles);
        requireNonNull(jurisdiction, "jurisdiction is null");
        requireNonNull(createdAt, "createdAt is null");
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
