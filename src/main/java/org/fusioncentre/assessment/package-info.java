/**
 * Assessment: statistical threat levels and count forecasts per district, always beside honest
 * baselines, and the rolling-origin backtests that judge them (DESIGN §6). The algorithms live in
 * {@code assessment.model} as plain Java.
 */
@NullMarked
@ApplicationModule(displayName = "Assessment")
package org.fusioncentre.assessment;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
