package org.fusioncentre.extraction.text;

import static java.util.Objects.requireNonNull;

import org.fusioncentre.extraction.ClaimStatus;

/** An organisation named in a sentence, with how the sentence ties it to the act. */
public record OrganisationMention(String code, ClaimStatus status, int start, int end) {
    public OrganisationMention {
        requireNonNull(code, "code is null");
        requireNonNull(status, "status is null");
    }
}
