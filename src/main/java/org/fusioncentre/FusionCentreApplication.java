package org.fusioncentre;

import java.time.Clock;
import org.fusioncentre.cli.FusionCli;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

/** The Spring application, and the program's entry point: every run starts as a command. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class FusionCentreApplication {

    public static void main(String[] args) {
        System.exit(FusionCli.run(args));
    }

    /** The clock every module reads time from, so tests can fix it. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
