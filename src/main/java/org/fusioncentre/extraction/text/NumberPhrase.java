package org.fusioncentre.extraction.text;

import static java.util.Objects.requireNonNull;

import org.fusioncentre.extraction.Qualifier;

/**
 * A number as written in text, with its qualifier, e.g. "at least 27", "a dozen", "more than
 * fifty" (= 51, AT_LEAST, following ACLED's reading of "more than").
 *
 * @param start first character of the phrase, qualifier included
 * @param end character after the phrase
 */
public record NumberPhrase(long value, Qualifier qualifier, int start, int end) {
    public NumberPhrase {
        requireNonNull(qualifier, "qualifier is null");
        if (value < 0) {
            throw new IllegalArgumentException("a count is never negative");
        }
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }
}
