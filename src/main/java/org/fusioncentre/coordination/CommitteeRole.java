package org.fusioncentre.coordination;

import java.util.Locale;

/** A member's place on a committee. */
public enum CommitteeRole {
    CHAIR,
    SECRETARY,
    MEMBER;

    /** @throws IllegalArgumentException naming the roles there are */
    public static CommitteeRole parse(String text) {
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown committee role '" + text + "' (CHAIR, SECRETARY or MEMBER)", e);
        }
    }
}
