/** Intake's storage and service: batches, duplicate checks, the event registry; private to the module. */
@NullMarked
package org.fusioncentre.intake.internal;

import org.jspecify.annotations.NullMarked;
