package org.fusioncentre.bench;

import org.fusioncentre.geo.gazetteer.Gazetteer;

/** Prints how long a fresh JVM takes to load the gazetteer (run by bench/geo.sh, not a test). */
public final class GazetteerLoadTime {
    private GazetteerLoadTime() {}

    public static void main(String[] args) {
        long started = System.nanoTime();
        Gazetteer gazetteer = Gazetteer.fromClasspath();
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.printf(
                "  loaded %d districts with boundaries in %d ms%n",
                gazetteer.districtInteriorPoints().size(), millis);
    }
}
