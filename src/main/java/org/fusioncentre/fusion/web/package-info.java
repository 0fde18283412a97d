/** Incidents over HTTP. */
@NullMarked
package org.fusioncentre.fusion.web;

import org.jspecify.annotations.NullMarked;
