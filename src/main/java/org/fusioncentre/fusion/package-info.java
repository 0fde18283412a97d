/**
 * Fusion: observations of one real event, from many reports, into one incident with its
 * provenance, corroboration and conflicts. The algorithms live in {@code fusion.scoring} as plain
 * Java; the types here are the module's API.
 */
@NullMarked
@ApplicationModule(displayName = "Fusion")
package org.fusioncentre.fusion;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
