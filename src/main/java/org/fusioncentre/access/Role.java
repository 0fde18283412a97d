package org.fusioncentre.access;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What a user may do (DESIGN §7); what they may see follows their jurisdiction and the markings. */
public enum Role {
    ADMIN,
    ANALYST,
    REPORTER,
    COMMITTEE_MEMBER,
    VIEWER;

    /** @throws IllegalArgumentException naming the roles there are */
    public static Role parse(String text) {
        String name = text.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        for (Role role : values()) {
            if (role.name().equals(name)) {
                return role;
            }
        }
        throw new IllegalArgumentException("unknown role '" + text.strip() + "' (one of "
                + Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", ")) + ")");
    }
}
