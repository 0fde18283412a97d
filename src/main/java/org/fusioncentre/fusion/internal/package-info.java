/** The fusion stage's Spring wiring and storage; private to the module. */
@NullMarked
package org.fusioncentre.fusion.internal;

import org.jspecify.annotations.NullMarked;
