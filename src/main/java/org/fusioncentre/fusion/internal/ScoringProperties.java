package org.fusioncentre.fusion.internal;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of fusion's pair scorer, prefix {@code fusion.scoring}.
 *
 * @param pairWeights a weights file written by {@code fusion calibrate} for this deployment's
 *     reports; the weights shipped in the jar when unset
 * @param acrossBorders whether an observation placed by its district alone may be fused with an
 *     incident in a neighbouring district ({@link org.fusioncentre.fusion.scoring.Loans}); on unless
 *     set to false (environment: {@code FUSION_SCORING_ACROSSBORDERS=false}), when the next fusion
 *     drops the automatic loans
 */
@ConfigurationProperties("fusion.scoring")
public record ScoringProperties(
        @Nullable Path pairWeights, @DefaultValue("true") boolean acrossBorders) {}
