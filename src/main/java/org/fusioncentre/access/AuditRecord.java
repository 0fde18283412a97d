package org.fusioncentre.access;

import static java.util.Objects.requireNonNull;

import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What an audit entry records: who did what to which record, the record's state before and after
 * (JSON, for changes), the marking of the data touched and the reason given.
 *
 * @param actor a username, {@code cli:<operating-system user>} or {@code system}
 * @param action lower-case dotted name, e.g. {@code incident.merge}, {@code assessment.override}
 * @param entityType the kind of record, e.g. {@code incident}, {@code source}
 * @param entityId the record's id
 */
public record AuditRecord(
        String actor,
        String action,
        String entityType,
        String entityId,
        @Nullable String before,
        @Nullable String after,
        @Nullable Marking marking,
        @Nullable String reason) {
    private static final Pattern ACTION = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z][a-z0-9-]*)+");
    private static final Pattern ENTITY_TYPE = Pattern.compile("[a-z][a-z0-9-]*");

    public AuditRecord {
        requireNonNull(actor, "actor is null");
        requireNonNull(action, "action is null");
        requireNonNull(entityType, "entityType is null");
        requireNonNull(entityId, "entityId is null");
        if (actor.isBlank() || actor.length() > 200) {
            throw new IllegalArgumentException("an audit actor must be 1 to 200 characters");
        }
        if (action.length() > 100 || !ACTION.matcher(action).matches()) {
            throw new IllegalArgumentException(
                    "an audit action is a lower-case dotted name like incident.merge, not '" + action + "'");
        }
        if (entityType.length() > 100 || !ENTITY_TYPE.matcher(entityType).matches()) {
            throw new IllegalArgumentException(
                    "an audit entity type is a lower-case word like incident, not '" + entityType + "'");
        }
        if (entityId.isBlank() || entityId.length() > 200) {
            throw new IllegalArgumentException("an audit entity id must be 1 to 200 characters");
        }
        if (reason != null && reason.length() > 2000) {
            throw new IllegalArgumentException("an audit reason takes at most 2,000 characters");
        }
    }

    /** A change without before/after state, marking or reason. */
    public static AuditRecord of(String actor, String action, String entityType, String entityId) {
        return new AuditRecord(actor, action, entityType, entityId, null, null, null, null);
    }
}
