package org.fusioncentre;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Duration;
import java.util.Set;
import org.fusioncentre.access.Jurisdiction;
import org.fusioncentre.access.Role;
import org.fusioncentre.access.Tokens;
import org.fusioncentre.access.Users;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcBuilderCustomizer;
import org.springframework.context.annotation.Bean;

/**
 * For API tests about what an endpoint does rather than who may call it: every request of the
 * test's MockMvc carries a real API token of a national administrator (created in the test's
 * store). Who may call what is tested apart, without this.
 */
@TestConfiguration
public class AuthenticatedMockMvc {
    public static final String ADMIN = "test.admin";

    @Bean
    MockMvcBuilderCustomizer asNationalAdministrator(Users users, Tokens tokens) {
        return builder -> {
            if (users.find(ADMIN).isEmpty()) {
                users.add(
                        ADMIN,
                        Set.of(Role.ADMIN, Role.ANALYST, Role.REPORTER),
                        Jurisdiction.national(),
                        null,
                        "test administrator password".toCharArray());
            }
            String token = tokens.create(ADMIN, Duration.ofDays(1)).secret();
            builder.defaultRequest(get("/").header("Authorization", "Bearer " + token));
        };
    }
}
