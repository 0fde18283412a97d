package org.fusioncentre.coordination;

import java.util.UUID;

/**
 * A member of a committee.
 *
 * @param explicit whether the membership was recorded; otherwise it follows from the account's
 *     COMMITTEE_MEMBER role and jurisdiction
 */
public record Member(UUID committeeId, String username, CommitteeRole role, boolean explicit) {}
