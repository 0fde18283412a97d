/** The audit log's HTTP API; private to the module. */
@NullMarked
package org.fusioncentre.access.web;

import org.jspecify.annotations.NullMarked;
