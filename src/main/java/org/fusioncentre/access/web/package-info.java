/** Authentication, the security rules of every request, and the audit log's HTTP API. */
@NullMarked
package org.fusioncentre.access.web;

import org.jspecify.annotations.NullMarked;
