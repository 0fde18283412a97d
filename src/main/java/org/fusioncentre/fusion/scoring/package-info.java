/** Pair scoring, clustering and the fusion of field values: plain Java, deterministic. */
@NullMarked
package org.fusioncentre.fusion.scoring;

import org.jspecify.annotations.NullMarked;
