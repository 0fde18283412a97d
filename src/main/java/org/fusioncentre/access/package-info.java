/**
 * Access: markings and the tamper-evident audit log, and later users, jurisdictions and tokens
 * (DESIGN §7). The audit chain's hashing and verification are plain Java in {@code access.audit}.
 */
@NullMarked
@ApplicationModule(displayName = "Access")
package org.fusioncentre.access;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
