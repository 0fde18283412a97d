package org.fusioncentre.geo;

import org.jspecify.annotations.Nullable;

/**
 * What surrounds a mention: the text around it (a sentence or the whole report), whose district
 * and province names decide between readings, and the province the report is otherwise about.
 */
public record ResolveContext(
        @Nullable String text, @Nullable PCode province) {
    public static ResolveContext none() {
        return new ResolveContext(null, null);
    }

    public static ResolveContext of(String text) {
        return new ResolveContext(text, null);
    }
}
