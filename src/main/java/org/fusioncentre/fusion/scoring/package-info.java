/**
 * Pair scoring, clustering and the fusion of field values: plain Java, deterministic. Exposed so
 * the command line can calibrate the scorer's weights and score fusion in memory.
 */
@NullMarked
@NamedInterface("scoring")
package org.fusioncentre.fusion.scoring;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
