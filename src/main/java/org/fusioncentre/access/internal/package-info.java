/** The audit log's store and service; private to the module. */
@NullMarked
package org.fusioncentre.access.internal;

import org.jspecify.annotations.NullMarked;
