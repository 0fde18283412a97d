/** The situation report download. */
@NullMarked
package org.fusioncentre.reporting.web;

import org.jspecify.annotations.NullMarked;
