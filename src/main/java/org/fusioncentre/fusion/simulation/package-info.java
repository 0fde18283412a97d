/** Realistic multi-source report sets with ground truth, for tests, benchmarks and exercises. */
@NullMarked
package org.fusioncentre.fusion.simulation;

import org.jspecify.annotations.NullMarked;
