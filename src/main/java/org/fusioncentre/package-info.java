/** Fusion Centre: fuses security-incident reports into a common picture and tracks committee action. */
@NullMarked
package org.fusioncentre;

import org.jspecify.annotations.NullMarked;
