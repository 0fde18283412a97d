/** Authentication and the security rules of every request. */
@NullMarked
package org.fusioncentre.access.web;

import org.jspecify.annotations.NullMarked;
