/**
 * Access: markings, and later users, jurisdictions, tokens and the audit log (DESIGN §7).
 */
@NullMarked
@ApplicationModule(displayName = "Access")
package org.fusioncentre.access;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
