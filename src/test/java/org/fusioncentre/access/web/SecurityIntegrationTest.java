package org.fusioncentre.access.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import org.fusioncentre.TestDatabases;
import org.fusioncentre.access.ApiToken;
import org.fusioncentre.access.Jurisdiction;
import org.fusioncentre.access.Role;
import org.fusioncentre.access.Tokens;
import org.fusioncentre.access.Users;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** Who may call what: tokens, form login with lockout, roles, CSRF and the security headers. */
@SpringBootTest
@AutoConfigureMockMvc
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_EACH_TEST_METHOD)
class SecurityIntegrationTest {
    @TempDir
    static Path dataDir;

    private static int store;

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        TestDatabases.h2(registry, dataDir.resolve("store-" + (++store)));
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    Users users;

    @Autowired
    Tokens tokens;

    @Autowired
    org.fusioncentre.access.AuditLog audit;

    private String tokenOf(String username, Role role) {
        users.add(username, Set.of(role), Jurisdiction.parse("PK2"), null, "a password long enough".toCharArray());
        return tokens.create(username, Duration.ofDays(1)).secret();
    }

    @Test
    void theApiRequiresAnAccountAndAnswers401AsAProblem() throws Exception {
        mvc.perform(get("/api/v1/incidents"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", "Bearer"))
                .andExpect(jsonPath("$.code").value("unauthenticated"));
        mvc.perform(get("/api/v1/incidents").header("Authorization", "Bearer fct_forged"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value("bad-token"));
        mvc.perform(get("/actuator/health")).andExpect(status().isOk());
    }

    @Test
    void aTokenOpensTheApiUntilItIsRevokedOrItsAccountDisabled() throws Exception {
        String viewer = tokenOf("viewer.one", Role.VIEWER);
        mvc.perform(get("/api/v1/incidents").header("Authorization", "Bearer " + viewer))
                .andExpect(status().isOk());

        ApiToken listed = tokens.list("viewer.one").getFirst();
        tokens.revoke(listed.id());
        mvc.perform(get("/api/v1/incidents").header("Authorization", "Bearer " + viewer))
                .andExpect(status().isUnauthorized());

        String analyst = tokenOf("analyst.one", Role.ANALYST);
        users.disable("analyst.one");
        mvc.perform(get("/api/v1/incidents").header("Authorization", "Bearer " + analyst))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void writesNeedARoleThatMayMakeThem() throws Exception {
        String viewer = tokenOf("viewer.one", Role.VIEWER);
        String analyst = tokenOf("analyst.one", Role.ANALYST);
        String override = "{\"reason\": \"specific threat\", \"hours\": 24}";

        mvc.perform(post("/api/v1/assessments/PK226/overrides")
                        .header("Authorization", "Bearer " + viewer)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(override))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("forbidden"));
        mvc.perform(post("/api/v1/assessments/PK226/overrides")
                        .header("Authorization", "Bearer " + analyst)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(override))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.author").value("analyst.one"));
        mvc.perform(post("/api/v1/geo/red-zones")
                        .header("Authorization", "Bearer " + analyst)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"Serena Chowk\", \"authority\": \"Home Department\","
                                + " \"circle\": {\"lat\": 30.19, \"lon\": 67.01, \"radius_m\": 500}}"))
                .andExpect(status().isCreated());
        // the request's account is the actor of what it changes, not the service
        org.assertj.core.api.Assertions.assertThat(audit.entries(org.fusioncentre.access.AuditQuery.all(100)))
                .anySatisfy(entry -> {
                    org.assertj.core.api.Assertions.assertThat(entry.record().action())
                            .isEqualTo("red-zone.declare");
                    org.assertj.core.api.Assertions.assertThat(entry.record().actor())
                            .isEqualTo("analyst.one");
                });
        mvc.perform(get("/api/v1/audit").header("Authorization", "Bearer " + analyst))
                .andExpect(status().isForbidden()); // administrators only
        mvc.perform(post("/api/v1/reports")
                        .header("Authorization", "Bearer " + viewer)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"source\": \"x\", \"body\": \"y\"}"))
                .andExpect(status().isForbidden());
    }

    @Test
    void formLoginOpensASessionProtectedByCsrfAndLocksAfterFiveFailures() throws Exception {
        users.add(
                "browser.one",
                Set.of(Role.ANALYST),
                Jurisdiction.national(),
                null,
                "a password long enough".toCharArray());

        MockHttpSession session = (MockHttpSession) mvc.perform(post("/login")
                        .param("username", "browser.one")
                        .param("password", "a password long enough")
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/"))
                .andReturn()
                .getRequest()
                .getSession();
        mvc.perform(get("/api/v1/incidents").session(session)).andExpect(status().isOk());
        // a browser session's write without the CSRF token is refused
        mvc.perform(post("/api/v1/assessments/PK226/overrides")
                        .session(session)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\": \"x\", \"hours\": 24}"))
                .andExpect(status().isForbidden());

        for (int i = 0; i < Users.MAX_FAILURES; i++) {
            mvc.perform(post("/login")
                            .param("username", "browser.one")
                            .param("password", "guess " + i)
                            .with(csrf()))
                    .andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(post("/login")
                        .param("username", "browser.one")
                        .param("password", "a password long enough")
                        .with(csrf()))
                .andExpect(redirectedUrl("/login?error"));
        mvc.perform(post("/login").param("username", "browser.one").param("password", "a password long enough"))
                .andExpect(status().isForbidden()); // no CSRF token on the login form
    }

    /**
     * Every operation of the OpenAPI document, with made-up path values: without an account, or
     * with a forged token, nothing answers but 401 (or 403 for a browser's write without its CSRF
     * token). New endpoints are covered as soon as they are written.
     */
    @Test
    void noEndpointOfTheApiAnswersWithoutAnAccount() throws Exception {
        String document = mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        tools.jackson.databind.JsonNode paths = tools.jackson.databind.json.JsonMapper.builder()
                .build()
                .readTree(document)
                .get("paths");
        java.util.List<String> checked = new java.util.ArrayList<>();
        for (String path : paths.propertyNames()) {
            String concrete = path.replaceAll("\\{[^}]*}", "PK226");
            for (String method : paths.get(path).propertyNames()) {
                org.springframework.http.HttpMethod verb =
                        org.springframework.http.HttpMethod.valueOf(method.toUpperCase(java.util.Locale.ROOT));
                int anonymous = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request(
                                        verb, concrete)
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{}"))
                        .andReturn()
                        .getResponse()
                        .getStatus();
                int forged = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request(
                                        verb, concrete)
                                .header("Authorization", "Bearer fct_forged")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{}"))
                        .andReturn()
                        .getResponse()
                        .getStatus();
                org.assertj.core.api.Assertions.assertThat(anonymous)
                        .as("%s %s without an account", verb, concrete)
                        .isIn(401, 403);
                org.assertj.core.api.Assertions.assertThat(forged)
                        .as("%s %s with a forged token", verb, concrete)
                        .isEqualTo(401);
                checked.add(verb + " " + path);
            }
        }
        org.assertj.core.api.Assertions.assertThat(checked)
                .hasSizeGreaterThan(20)
                .contains("GET /api/v1/incidents", "POST /api/v1/reports", "GET /api/v1/audit");
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() throws Exception {
        mvc.perform(get("/api/v1/incidents"))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string(
                                "Content-Security-Policy",
                                org.hamcrest.Matchers.containsString("frame-ancestors 'none'")));
    }
}
