package org.fusioncentre.bench;

import java.util.concurrent.TimeUnit;
import org.fusioncentre.geo.ResolveContext;
import org.fusioncentre.geo.ReverseResult;
import org.fusioncentre.geo.gazetteer.Gazetteer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Geocoder throughput on one thread: resolving a mix of real mentions, and reverse-geocoding
 * points spread over Pakistan. Run with {@code bench/geo.sh}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class GeoBenchmark {
    private static final String[] MENTIONS = {
        "Quetta",
        "D.I. Khan",
        "North Waziristan",
        "Turbat",
        "Mir Ali tehsil of North Waziristan",
        "Shah-e-Mardan area of Kalat district",
        "Karachi",
        "Peshawar High Court",
        "Lakki Marwat",
        "Bolan",
        "Nawabshah",
        "کوئٹہ",
        "Khyber Agency",
        "Miranshah",
        "Kech",
        "Unknown Village",
    };

    private Gazetteer gazetteer;
    private double[][] points;
    private int next;

    @Setup
    public void load() {
        gazetteer = Gazetteer.fromClasspath();
        java.util.Random random = new java.util.Random(11);
        points = new double[1024][];
        for (int i = 0; i < points.length; i++) {
            points[i] = new double[] {24 + random.nextDouble() * 13, 61 + random.nextDouble() * 15};
        }
    }

    @Benchmark
    public Object resolve() {
        next = (next + 1) & 1023;
        return gazetteer.resolve(MENTIONS[next % MENTIONS.length], ResolveContext.none());
    }

    @Benchmark
    public ReverseResult reverse() {
        next = (next + 1) & 1023;
        double[] point = points[next];
        return gazetteer.reverse(point[0], point[1]);
    }
}
