package org.fusioncentre.fusion.internal;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of fusion's pair scorer, prefix {@code fusion.scoring}.
 *
 * @param pairWeights a weights file written by {@code fusion calibrate} for this deployment's
 *     reports; the weights shipped in the jar when unset
 */
@ConfigurationProperties("fusion.scoring")
public record ScoringProperties(@Nullable Path pairWeights) {}
