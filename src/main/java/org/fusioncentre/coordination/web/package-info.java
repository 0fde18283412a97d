/** The coordination HTTP API: committees, directives, assignments, evidence, compliance. */
@NullMarked
package org.fusioncentre.coordination.web;

import org.jspecify.annotations.NullMarked;
