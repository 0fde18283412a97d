package org.fusioncentre.access;

import static java.util.Objects.requireNonNull;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What decides who may see a record (DESIGN §7): its marking, where it is about, the organisation
 * it came from and, for RED, whom it was given to.
 *
 * @param locations the P-codes (province, district or finer) the record is about; empty when
 *     nothing located it
 * @param organisation the originating organisation's name, when known
 * @param recipients for RED records, the usernames and organisation names it is shared with
 */
public record RecordAccess(
        Marking marking, Set<String> locations, @Nullable String organisation, Set<String> recipients) {
    public RecordAccess {
        requireNonNull(marking, "marking is null");
        locations = Set.copyOf(locations);
        recipients = Set.copyOf(recipients);
    }

    public static RecordAccess of(Marking marking) {
        return new RecordAccess(marking, Set.of(), null, Set.of());
    }

    /** Whether only some users may see it: AMBER and stricter. */
    public boolean restricted() {
        return marking.compareTo(Marking.AMBER) >= 0;
    }
}
