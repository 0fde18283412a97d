package org.fusioncentre.extraction.internal;

import org.fusioncentre.extraction.TextExtractor;
import org.fusioncentre.extraction.structured.StructuredIncidents;
import org.fusioncentre.extraction.text.Organisations;
import org.fusioncentre.geo.Geocoding;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ExtractionConfiguration {
    @Bean
    TextExtractor textExtractor(Geocoding geocoding) {
        return TextExtractor.standard(geocoding);
    }

    @Bean
    StructuredIncidents structuredIncidents(Geocoding geocoding) {
        return new StructuredIncidents(geocoding, Organisations.fromClasspath());
    }
}
