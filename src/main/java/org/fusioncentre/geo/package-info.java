/**
 * Geo: Pakistan's admin units by OCHA P-code, places, aliases and boundaries; resolving place
 * mentions to units and points to units. The types in this package are the module's API.
 */
@NullMarked
@ApplicationModule(displayName = "Geo")
package org.fusioncentre.geo;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
