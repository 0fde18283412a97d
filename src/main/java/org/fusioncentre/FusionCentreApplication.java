package org.fusioncentre;

import java.time.Clock;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

/**
 * The Spring application. The program's entry point is {@link org.fusioncentre.cli.FusionCli}:
 * every run starts as a command, which starts this application when it needs it.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class FusionCentreApplication {

    /** The clock every module reads time from, so tests can fix it. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
