/** Structured incident records (feeds, incident tables) read as observations, without text extraction. */
@NullMarked
package org.fusioncentre.extraction.structured;

import org.jspecify.annotations.NullMarked;
