package org.fusioncentre.fusion.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import org.fusioncentre.fusion.scoring.Clusters;
import org.fusioncentre.fusion.scoring.FusionAreas;
import org.fusioncentre.fusion.scoring.IncidentFuser;
import org.fusioncentre.fusion.scoring.Loans;
import org.fusioncentre.fusion.scoring.PairScorer;
import org.fusioncentre.fusion.scoring.PairWeights;
import org.fusioncentre.geo.Geocoding;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class FusionConfiguration {
    @Bean
    FusionAreas fusionAreas(Geocoding geo) {
        return FusionAreas.shipped(geo);
    }

    @Bean
    PairScorer pairScorer(ScoringProperties properties, FusionAreas areas) {
        return new PairScorer(weights(properties), areas);
    }

    @Bean
    Clusters clusters(PairScorer scorer) {
        return new Clusters(scorer);
    }

    @Bean
    Loans loans(PairScorer scorer) {
        return new Loans(scorer);
    }

    /** A deployment's own weights file, or the shipped one; a bad file stops the start with its line. */
    private static PairWeights weights(ScoringProperties properties) {
        if (properties.pairWeights() == null) {
            return PairWeights.shipped();
        }
        try (InputStream in = Files.newInputStream(properties.pairWeights())) {
            return PairWeights.read(in, properties.pairWeights().toString());
        } catch (IOException e) {
            throw new UncheckedIOException("fusion.scoring.pair-weights: cannot read " + properties.pairWeights(), e);
        }
    }

    @Bean
    IncidentFuser incidentFuser() {
        return new IncidentFuser();
    }
}
