package org.fusioncentre.assessment.model;

/** An incident history file that cannot be read; the message is one line naming the line. */
public final class EventsRejected extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public EventsRejected(String message) {
        super(message);
    }

    public EventsRejected(String message, Throwable cause) {
        super(message, cause);
    }
}
