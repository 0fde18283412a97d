package org.fusioncentre.coordination;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An in-app notice to a committee, e.g. that an assignment below it was escalated. */
public record Notification(
        UUID id, UUID committeeId, String kind, @Nullable UUID assignmentId, String text, Instant createdAt) {}
