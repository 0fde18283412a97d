package org.fusioncentre.geo;

import static java.util.Objects.requireNonNull;

/** Where a point lies: inside Pakistan's boundaries at some path, or outside them. */
public sealed interface ReverseResult {
    record Inside(AdminPath path) implements ReverseResult {
        public Inside {
            requireNonNull(path, "path is null");
        }
    }

    record Outside() implements ReverseResult {}
}
