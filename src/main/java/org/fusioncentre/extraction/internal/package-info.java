/** The extraction stage's Spring wiring and storage; private to the module. */
@NullMarked
package org.fusioncentre.extraction.internal;

import org.jspecify.annotations.NullMarked;
