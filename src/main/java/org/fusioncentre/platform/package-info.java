/** Small pieces every module's web edge shares (problem details); depends on no module. */
@NullMarked
@ApplicationModule(displayName = "Platform", type = ApplicationModule.Type.OPEN)
package org.fusioncentre.platform;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
