/** Accounts and tokens in the store. */
@NullMarked
package org.fusioncentre.access.internal;

import org.jspecify.annotations.NullMarked;
