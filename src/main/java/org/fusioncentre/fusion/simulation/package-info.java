/** Realistic multi-source report sets with ground truth, for tests, benchmarks and exercises. */
@NullMarked
@NamedInterface("simulation")
package org.fusioncentre.fusion.simulation;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
