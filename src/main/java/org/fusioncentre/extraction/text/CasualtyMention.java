package org.fusioncentre.extraction.text;

import static java.util.Objects.requireNonNull;

import org.fusioncentre.extraction.Qualifier;

/**
 * A casualty figure stated in a sentence.
 *
 * @param start first character of the evidence (the number phrase)
 * @param end character after the evidence (through the verb or noun that classified it)
 * @param toll whether it is stated as a (rising) toll: "the death toll rose to 32"
 */
public record CasualtyMention(Kind kind, long value, Qualifier qualifier, int start, int end, boolean toll) {
    public enum Kind {
        /** Victims killed: civilians, security personnel, others; never the attackers. */
        KILLED,
        INJURED,
        MILITANTS_KILLED
    }

    public CasualtyMention {
        requireNonNull(kind, "kind is null");
        requireNonNull(qualifier, "qualifier is null");
    }
}
