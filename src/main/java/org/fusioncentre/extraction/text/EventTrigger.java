package org.fusioncentre.extraction.text;

import static java.util.Objects.requireNonNull;

import org.fusioncentre.extraction.EventType;

/** A phrase in a sentence that signals an event type, with the lexicon's weight for it. */
public record EventTrigger(EventType type, double weight, int start, int end) {
    public EventTrigger {
        requireNonNull(type, "type is null");
    }
}
