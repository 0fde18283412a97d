/** The coordination service, its store and its escalation schedule. */
@NullMarked
package org.fusioncentre.coordination.internal;

import org.jspecify.annotations.NullMarked;
