package org.fusioncentre.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.fusioncentre.extraction.TextExtractor;
import org.fusioncentre.fusion.FusionEvaluation;
import org.fusioncentre.fusion.scoring.Clusters;
import org.fusioncentre.fusion.scoring.FusionAreas;
import org.fusioncentre.fusion.scoring.LabelledReports;
import org.fusioncentre.fusion.scoring.PairFeature;
import org.fusioncentre.fusion.scoring.PairScorer;
import org.fusioncentre.fusion.scoring.PairWeightFitter;
import org.fusioncentre.fusion.scoring.PairWeights;
import org.fusioncentre.geo.Geocoding;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code fusion calibrate}: fits the pair scorer's weights to labelled report sets and writes them
 * as a weights file; stores nothing and needs no data folder.
 */
@Command(
        name = "calibrate",
        mixinStandardHelpOptions = true,
        description = {
            "Fits the fusion pair scorer's weights to fusion gold JSONL (reports with \"gold_incidents\", e.g. from",
            "'fusion simulate' or hand-labelled reports): logistic regression pulled towards the hand-set priors.",
            "Writes the weights file (feature,weight) that fusion.pair-weights points a service at, and prints",
            "how the prior and the fitted weights score the training sets and any --check sets."
        })
final class CalibrateCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "GOLD", description = "fusion gold JSONL to fit to")
    List<Path> training = new ArrayList<>();

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "weights file to write")
    Path out;

    @Option(
            names = "--strength",
            defaultValue = "50",
            description = "pull towards the priors, in pseudo-pairs (default ${DEFAULT-VALUE})")
    double strength;

    @Option(
            names = "--hold",
            split = ",",
            defaultValue = "BIAS,DISTRICT_SAME",
            paramLabel = "FEATURE",
            description = {
                "features that keep their prior (default ${DEFAULT-VALUE}: the base rate of incidents per district and",
                "day belongs to the deployment, not to the training set)"
            })
    List<PairFeature> held = new ArrayList<>();

    @Option(names = "--check", paramLabel = "GOLD", description = "fusion gold JSONL to score, not fit to")
    List<Path> checks = new ArrayList<>();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (!(strength > 0)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--strength must be above 0");
        }
        PrintWriter console = spec.commandLine().getOut();
        TextExtractor extractor = TextExtractor.standard(Geocoding.shipped());
        List<LabelledReports> sets = new ArrayList<>();
        List<LabelledReports.Pair> pairs = new ArrayList<>();
        for (Path file : training) {
            LabelledReports set = read(file, extractor);
            sets.add(set);
            pairs.addAll(set.pairs());
        }
        long same = pairs.stream().filter(LabelledReports.Pair::same).count();
        console.printf(Locale.ROOT, "%,d pairs compared (%,d of one incident)%n", pairs.size(), same);
        PairWeights prior = PairWeights.prior();
        PairWeightFitter.Fit fit = new PairWeightFitter(strength, java.util.Set.copyOf(held)).fit(pairs, prior);
        console.printf(Locale.ROOT, "log loss: prior %.4f, fitted %.4f%n", fit.priorLogLoss(), fit.fittedLogLoss());
        console.println("feature                          pairs   prior  fitted");
        for (PairFeature feature : PairFeature.values()) {
            console.printf(
                    Locale.ROOT,
                    "%-32s %6d %7.2f %7.2f%n",
                    feature.name(),
                    fit.counts()[feature.ordinal()],
                    prior.weight(feature),
                    fit.weights().weight(feature));
        }
        for (int i = 0; i < sets.size(); i++) {
            report(console, "train " + training.get(i).getFileName(), sets.get(i), prior, fit.weights());
        }
        for (Path file : checks) {
            report(console, "check " + file.getFileName(), read(file, extractor), prior, fit.weights());
        }
        try (PrintWriter writer = new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
            fit.weights()
                    .write(
                            writer,
                            String.format(
                                    Locale.ROOT,
                                    "Fitted by 'fusion calibrate --strength %s --hold %s' to %s%n%,d pairs (%,d of one incident);"
                                            + " log loss %.4f (prior %.4f)",
                                    strength,
                                    held.stream().map(Enum::name).collect(java.util.stream.Collectors.joining(",")),
                                    training.stream()
                                            .map(path -> path.getFileName().toString())
                                            .toList(),
                                    pairs.size(),
                                    same,
                                    fit.fittedLogLoss(),
                                    fit.priorLogLoss()));
        }
        console.println("wrote " + out);
        return 0;
    }

    private LabelledReports read(Path file, TextExtractor extractor) throws IOException {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "no such file: " + file);
        }
        try {
            return LabelledReports.extract(lines, extractor);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), file + ": " + e.getMessage());
        }
    }

    private static void report(
            PrintWriter console, String name, LabelledReports set, PairWeights prior, PairWeights fitted) {
        FusionAreas areas = FusionAreas.shipped(Geocoding.shipped());
        FusionEvaluation before =
                new FusionEvaluation(set.gold(), set.placed(new Clusters(new PairScorer(prior, areas)), areas));
        FusionEvaluation after =
                new FusionEvaluation(set.gold(), set.placed(new Clusters(new PairScorer(fitted, areas)), areas));
        console.printf(
                Locale.ROOT,
                "%s: prior P %.3f R %.3f; fitted P %.3f R %.3f%n",
                name,
                before.precision(),
                before.recall(),
                after.precision(),
                after.recall());
    }
}
