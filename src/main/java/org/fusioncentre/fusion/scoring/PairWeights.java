package org.fusioncentre.fusion.scoring;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * A weight per {@link PairFeature}, read from and written to a small CSV ({@code feature,weight}
 * with {@code #} comments), so a deployment can fit its own with {@code fusion calibrate}.
 */
public final class PairWeights {
    private static final String SHIPPED = "/fusion/pair-weights.csv";

    private final double[] weights;

    private PairWeights(double[] weights) {
        this.weights = weights;
    }

    public static PairWeights of(double[] weights) {
        if (weights.length != PairFeature.values().length) {
            throw new IllegalArgumentException(
                    "expected " + PairFeature.values().length + " weights, got " + weights.length);
        }
        for (double weight : weights) {
            if (!Double.isFinite(weight)) {
                throw new IllegalArgumentException("weights must be finite numbers");
            }
        }
        return new PairWeights(weights.clone());
    }

    /** The hand-set weights every fit starts from. */
    public static PairWeights prior() {
        return new PairWeights(Arrays.stream(PairFeature.values())
                .mapToDouble(PairFeature::prior)
                .toArray());
    }

    /** The weights shipped in the jar. */
    public static PairWeights shipped() {
        try (InputStream in = PairWeights.class.getResourceAsStream(SHIPPED)) {
            if (in == null) {
                throw new IllegalStateException(SHIPPED + " is missing from the classpath");
            }
            return read(in, SHIPPED);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @throws IllegalArgumentException naming the line, when a feature is unknown, repeated or
     *     missing, or a weight is not a number
     */
    public static PairWeights read(InputStream in, String name) throws IOException {
        double[] weights = new double[PairFeature.values().length];
        Set<PairFeature> seen = EnumSet.noneOf(PairFeature.class);
        BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        int number = 0;
        while ((line = lines.readLine()) != null) {
            number++;
            String text = line.strip();
            if (text.isEmpty() || text.startsWith("#") || text.equals("feature,weight")) {
                continue;
            }
            String[] columns = text.split(",", -1);
            if (columns.length != 2) {
                throw new IllegalArgumentException(name + " line " + number + ": expected 'feature,weight'");
            }
            PairFeature feature;
            try {
                feature = PairFeature.valueOf(columns[0].strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(name + " line " + number + ": unknown feature " + columns[0], e);
            }
            if (!seen.add(feature)) {
                throw new IllegalArgumentException(name + " line " + number + ": " + feature + " appears twice");
            }
            try {
                weights[feature.ordinal()] = Double.parseDouble(columns[1].strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(
                        name + " line " + number + ": weight '" + columns[1] + "' is not a number", e);
            }
        }
        Set<PairFeature> missing = EnumSet.allOf(PairFeature.class);
        missing.removeAll(seen);
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException(name + " has no weight for " + missing);
        }
        return of(weights);
    }

    public void write(PrintWriter out, String comment) {
        comment.lines().forEach(line -> out.println("# " + line));
        out.println("feature,weight");
        for (PairFeature feature : PairFeature.values()) {
            out.printf(Locale.ROOT, "%s,%.4f%n", feature.name(), weights[feature.ordinal()]);
        }
        out.flush();
    }

    public double weight(PairFeature feature) {
        return weights[feature.ordinal()];
    }

    double[] toArray() {
        return weights.clone();
    }
}
