/**
 * Reporting: the situation report of a jurisdiction (incidents of the day and the week, threat
 * level changes, directives due and overdue, a map and a trend), as HTML or PDF, for the command
 * line and for download. It reads the other modules through their APIs, as its reader may see them.
 */
@NullMarked
@ApplicationModule(displayName = "Reporting")
package org.fusioncentre.reporting;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
