/** The extractor's language pieces: numbers, casualties, dates, organisations. Plain Java. */
@NullMarked
package org.fusioncentre.extraction.text;

import org.jspecify.annotations.NullMarked;
