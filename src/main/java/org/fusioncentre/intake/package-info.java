/**
 * Intake: sources, reports kept exactly as received, importers and idempotency. The types in this
 * package are the module's API; sub-packages are private to it.
 */
@NullMarked
@ApplicationModule(displayName = "Intake")
package org.fusioncentre.intake;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
