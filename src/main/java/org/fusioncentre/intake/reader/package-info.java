/**
 * Readers: one parser per input format, each turning bytes into the same neutral
 * {@link org.fusioncentre.intake.IncomingReport} or a rejection with a reason. Plain Java, no
 * framework, so the CLI, the API, tests and benchmarks share them.
 */
@NullMarked
package org.fusioncentre.intake.reader;

import org.jspecify.annotations.NullMarked;
