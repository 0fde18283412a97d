package org.fusioncentre.fusion.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the pipeline (extraction, then fusion), prefix {@code fusion.pipeline}.
 *
 * @param live extract and fuse each report as it is received (off in command-line imports, which
 *     extract and fuse in batches once the import is done)
 * @param catchUpOnStart after start-up, extract every report the current extractor has not seen
 *     and fuse every observation no incident holds (work left by a crash, an import with
 *     {@code --no-wait}, or an upgrade), and again every {@code catchUpInterval}: an import beside
 *     a running service is picked up without a restart
 */
@ConfigurationProperties("fusion.pipeline")
public record PipelineProperties(
        @DefaultValue("true") boolean live,
        @DefaultValue("true") boolean catchUpOnStart,
        @DefaultValue("60s") java.time.Duration catchUpInterval) {}
