package org.fusioncentre.access;

import java.util.List;

/**
 * The append-only, hash-chained audit log (DESIGN §7): every write, and every read of AMBER or
 * RED data, leaves an entry.
 */
public interface AuditLog {
    /**
     * Appends an entry at the head of the chain. Runs in the caller's transaction when there is
     * one, so an audited change and its entry commit or roll back together.
     */
    AuditEntry record(AuditRecord what);

    List<AuditEntry> entries(AuditQuery query);

    /** Walks the whole chain and reports it intact, or its first broken link. */
    AuditVerification verify();

    /**
     * Who acts when the caller names nobody: for now the command line's operator
     * ({@code cli:<operating-system user>}) or {@code system} in the service; the authenticated user
     * once users and authentication exist.
     */
    String currentActor();
}
