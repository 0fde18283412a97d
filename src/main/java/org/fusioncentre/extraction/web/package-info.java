/** The extraction stage over HTTP. */
@NullMarked
package org.fusioncentre.extraction.web;

import org.jspecify.annotations.NullMarked;
