package org.fusioncentre.fusion;

/** An analyst decision that cannot be taken, with the reason; nothing was changed. */
public final class DecisionRejected extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final boolean notFound;
    private final boolean forbidden;

    public DecisionRejected(String reason, boolean notFound) {
        this(reason, notFound, false);
    }

    private DecisionRejected(String reason, boolean notFound, boolean forbidden) {
        super(reason);
        this.notFound = notFound;
        this.forbidden = forbidden;
    }

    /** A decision on an incident outside the analyst's jurisdiction. */
    public static DecisionRejected forbidden(String reason) {
        return new DecisionRejected(reason, false, true);
    }

    /** Whether the analyst may not take decisions on this incident. */
    public boolean forbidden() {
        return forbidden;
    }

    /** Whether the decision names an incident that does not exist (or no longer does). */
    public boolean notFound() {
        return notFound;
    }
}
