package org.fusioncentre.intake;

/** Receives the outcome of every record as soon as it is final (stored, found duplicate, or rejected). */
@FunctionalInterface
public interface IngestListener {
    void onOutcome(IngestOutcome outcome);

    default IngestListener andThen(IngestListener next) {
        return outcome -> {
            onOutcome(outcome);
            next.onOutcome(outcome);
        };
    }
}
