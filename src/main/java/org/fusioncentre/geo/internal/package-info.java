/** Geo's Spring wiring; private to the module. */
@NullMarked
package org.fusioncentre.geo.internal;

import org.jspecify.annotations.NullMarked;
