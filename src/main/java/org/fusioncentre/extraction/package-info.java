/**
 * Extraction: report text to observations (English first). The algorithms live in
 * {@code extraction.text} as plain Java; the types here are the module's API.
 */
@NullMarked
@ApplicationModule(displayName = "Extraction")
package org.fusioncentre.extraction;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
