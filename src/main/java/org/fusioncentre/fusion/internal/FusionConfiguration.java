package org.fusioncentre.fusion.internal;

import org.fusioncentre.fusion.scoring.Clusters;
import org.fusioncentre.fusion.scoring.IncidentFuser;
import org.fusioncentre.fusion.scoring.PairScorer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class FusionConfiguration {
    @Bean
    Clusters clusters() {
        return new Clusters(new PairScorer());
    }

    @Bean
    IncidentFuser incidentFuser() {
        return new IncidentFuser();
    }
}
