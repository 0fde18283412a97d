package org.fusioncentre.coordination;

import org.jspecify.annotations.Nullable;

/**
 * Evidence given with a step: a statement, or a file (its bytes, a name and the declared type).
 */
public record EvidenceItem(
        @Nullable String text,
        @Nullable String filename,
        @Nullable String contentType,
        byte @Nullable [] content) {
    public static EvidenceItem statement(String text) {
        return new EvidenceItem(text, null, null, null);
    }

    public static EvidenceItem file(String filename, String contentType, byte[] content) {
        return new EvidenceItem(null, filename, contentType, content);
    }
}
