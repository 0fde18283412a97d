package org.fusioncentre.extraction.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the extraction stage, prefix {@code fusion.extraction}.
 *
 * @param live extract each report as it is received (off in command-line imports, which extract
 *     everything pending in batches once the import is done)
 * @param catchUpOnStart extract, in the background after start-up, every report the current
 *     extractor version has not seen (reports stored while the service was down, or by an older
 *     version)
 */
@ConfigurationProperties("fusion.extraction")
public record ExtractionProperties(
        @DefaultValue("true") boolean live,
        @DefaultValue("true") boolean catchUpOnStart) {}
