/** Accounts, API tokens and the audit log in the store; private to the module. */
@NullMarked
package org.fusioncentre.access.internal;

import org.jspecify.annotations.NullMarked;
