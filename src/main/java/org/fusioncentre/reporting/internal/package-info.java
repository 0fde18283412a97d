/** The situation report's assembly and its HTML, PDF and chart rendering. */
@NullMarked
package org.fusioncentre.reporting.internal;

import org.jspecify.annotations.NullMarked;
