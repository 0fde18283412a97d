/** Geo's REST endpoints; private to the module. */
@NullMarked
package org.fusioncentre.geo.web;

import org.jspecify.annotations.NullMarked;
