package org.fusioncentre.fusion;

/** An analyst decision that cannot be taken, with the reason; nothing was changed. */
public final class DecisionRejected extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final boolean notFound;

    public DecisionRejected(String reason, boolean notFound) {
        super(reason);
        this.notFound = notFound;
    }

    /** Whether the decision names an incident that does not exist (or no longer does). */
    public boolean notFound() {
        return notFound;
    }
}
