package org.fusioncentre.geo.internal;

import org.fusioncentre.access.KnownUnits;
import org.fusioncentre.geo.AdminLevel;
import org.fusioncentre.geo.PCode;
import org.fusioncentre.geo.gazetteer.Gazetteer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Loads the gazetteer once at start-up; every module shares it through {@link org.fusioncentre.geo.Geocoding}. */
@Configuration(proxyBeanMethods = false)
class GeoConfiguration {
    private static final Logger log = LoggerFactory.getLogger(GeoConfiguration.class);

    @Bean
    Gazetteer gazetteer() {
        long started = System.nanoTime();
        Gazetteer gazetteer = Gazetteer.fromClasspath();
        log.info("gazetteer loaded in {} ms", (System.nanoTime() - started) / 1_000_000);
        return gazetteer;
    }

    /** Jurisdictions of accounts are provinces and districts of the gazetteer. */
    @Bean
    KnownUnits knownUnits(Gazetteer gazetteer) {
        return pcode -> {
            try {
                return gazetteer
                        .unit(PCode.of(pcode))
                        .map(unit -> unit.level() == AdminLevel.PROVINCE || unit.level() == AdminLevel.DISTRICT)
                        .orElse(false);
            } catch (IllegalArgumentException e) {
                return false; // not a P-code at all
            }
        };
    }
}
