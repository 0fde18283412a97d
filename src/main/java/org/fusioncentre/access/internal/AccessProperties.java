package org.fusioncentre.access.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the access module, prefix {@code fusion.access}.
 *
 * @param defaultActor who the audit log names when a write names nobody: {@code system} in the
 *     service until authentication names the user; the command line sets {@code cli:<os user>}
 */
@ConfigurationProperties("fusion.access")
public record AccessProperties(@DefaultValue("system") String defaultActor) {
    public AccessProperties {
        if (defaultActor.isBlank() || defaultActor.length() > 200) {
            throw new IllegalArgumentException("fusion.access.default-actor must be 1 to 200 characters");
        }
    }
}
