/**
 * The gazetteer, geocoder and reverse geocoder: plain Java over the shipped reference data, so
 * extraction, benchmarks and the CLI can use them without a container.
 */
@NullMarked
package org.fusioncentre.geo.gazetteer;

import org.jspecify.annotations.NullMarked;
