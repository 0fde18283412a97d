package org.fusioncentre.coordination;

import java.util.Set;

/**
 * Where an assignment stands. ISSUED → ACKNOWLEDGED → IN_PROGRESS → COMPLETED (with evidence) →
 * VERIFIED by the issuer, or REOPENED with a reason and worked again; BLOCKED with a reason from
 * any open status, and back to where it was.
 */
public enum AssignmentStatus {
    ISSUED(0.0),
    ACKNOWLEDGED(0.1),
    IN_PROGRESS(0.4),
    BLOCKED(0.0),
    COMPLETED(0.8),
    REOPENED(0.4),
    VERIFIED(1.0);

    private final double progress;

    AssignmentStatus(double progress) {
        this.progress = progress;
    }

    /**
     * How far an assignment in this status is, from 0 to 1; a blocked one counts as the status it
     * was blocked in.
     */
    public double progress() {
        return progress;
    }

    /** Whether the work is done (completed or verified): no longer overdue. */
    public boolean done() {
        return this == COMPLETED || this == VERIFIED;
    }

    /**
     * The statuses the assignee may move to from this one (the issuer's are VERIFIED and REOPENED);
     * from BLOCKED the service allows only the way back to where it was blocked.
     */
    public Set<AssignmentStatus> assigneeMoves() {
        return switch (this) {
            case ISSUED -> Set.of(ACKNOWLEDGED, BLOCKED);
            case ACKNOWLEDGED -> Set.of(IN_PROGRESS, BLOCKED);
            case IN_PROGRESS, REOPENED -> Set.of(COMPLETED, BLOCKED, IN_PROGRESS);
            case BLOCKED -> Set.of(ACKNOWLEDGED, IN_PROGRESS);
            case COMPLETED, VERIFIED -> Set.of();
        };
    }

    /** The statuses the issuing committee may move to from this one. */
    public Set<AssignmentStatus> issuerMoves() {
        return this == COMPLETED ? Set.of(VERIFIED, REOPENED) : Set.of();
    }
}
