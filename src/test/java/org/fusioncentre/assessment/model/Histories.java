package org.fusioncentre.assessment.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Small synthetic incident histories for the model tests. */
final class Histories {
    private Histories() {}

    static Event event(String district, String date, int killed) {
        return new Event(
                district + "-" + date + "-" + killed + "-" + Math.abs((district + date).hashCode() % 1000),
                LocalDate.parse(date),
                district,
                district.substring(0, 3),
                "BOMBING",
                killed,
                0);
    }

    /** Incidents simulated from M1 itself: NB counts per window, placed on the window's first day. */
    static List<Event> simulated(
            List<String> districts,
            int[][] neighbours,
            double[] endemic,
            double own,
            double neighbour,
            double size,
            int windows,
            int lengthDays,
            LocalDate start,
            long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Event> events = new ArrayList<>();
        int[] previous = new int[districts.size()];
        for (int t = 0; t < windows; t++) {
            int[] current = new int[districts.size()];
            for (int i = 0; i < districts.size(); i++) {
                double spill = 0;
                for (int j : neighbours[i]) {
                    spill += previous[j];
                }
                spill = neighbours[i].length == 0 ? 0 : spill / neighbours[i].length;
                double mean = endemic[i] + own * previous[i] + neighbour * spill;
                current[i] = negativeBinomial(random, mean, size);
                LocalDate day = start.plusDays((long) t * lengthDays);
                for (int k = 0; k < current[i]; k++) {
                    events.add(new Event(
                            districts.get(i) + "-" + t + "-" + k,
                            day,
                            districts.get(i),
                            districts.get(i).substring(0, 3),
                            "ARMED_CLASH",
                            random.nextDouble() < 0.3 ? 1 : 0,
                            0));
                }
            }
            previous = current;
        }
        return events;
    }

    /** A negative binomial draw as a gamma–Poisson mixture. */
    static int negativeBinomial(SplittableRandom random, double mean, double size) {
        double rate = gamma(random, size) * mean / size;
        return poisson(random, rate);
    }

    private static double gamma(SplittableRandom random, double shape) {
        if (shape < 1) {
            return gamma(random, shape + 1) * Math.pow(random.nextDouble(), 1 / shape);
        }
        // Marsaglia and Tsang
        double d = shape - 1.0 / 3;
        double c = 1 / Math.sqrt(9 * d);
        while (true) {
            double x = gaussian(random);
            double v = Math.pow(1 + c * x, 3);
            if (v > 0 && Math.log(random.nextDouble()) < 0.5 * x * x + d - d * v + d * Math.log(v)) {
                return d * v;
            }
        }
    }

    private static double gaussian(SplittableRandom random) {
        return Math.sqrt(-2 * Math.log(1 - random.nextDouble())) * Math.cos(2 * Math.PI * random.nextDouble());
    }

    private static int poisson(SplittableRandom random, double mean) {
        int count = 0;
        double product = random.nextDouble();
        double limit = Math.exp(-mean);
        while (product > limit) {
            count++;
            product *= random.nextDouble();
        }
        return count;
    }
}
