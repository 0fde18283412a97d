/**
 * Forecasting algorithms on incident histories: windowed counts, predictive count distributions,
 * baselines B0–B3, the endemic–epidemic model M1, fatality probabilities, threat levels, scoring
 * rules and the rolling-origin backtest. Plain Java with no framework imports, so the command
 * line, the service and benchmarks run the same code. Exposed to the command line and the
 * assessment service as the module's "model" interface.
 */
@NullMarked
@NamedInterface("model")
package org.fusioncentre.assessment.model;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
