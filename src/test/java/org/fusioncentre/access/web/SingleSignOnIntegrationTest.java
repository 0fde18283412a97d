package org.fusioncentre.access.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.Set;
import org.fusioncentre.TestDatabases;
import org.fusioncentre.access.Jurisdiction;
import org.fusioncentre.access.Role;
import org.fusioncentre.access.Users;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.json.JsonMapper;

/**
 * Single sign-on against an OpenID Connect provider played by a small HTTP server on loopback: it
 * publishes its discovery document and keys, and its token endpoint signs an ID token for
 * whichever username the test chooses. The product must let in only people with an active account
 * here, with that account's roles.
 */
@SpringBootTest(
        properties = {
            "fusion.pipeline.live=false",
            "fusion.pipeline.catch-up-on-start=false",
            "fusion.assessment.refresh=false"
        })
@AutoConfigureMockMvc
class SingleSignOnIntegrationTest {
    private static final String CLIENT_ID = "fusion-centre";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final RSAKey KEY = key();
    private static final HttpServer PROVIDER = provider();
    private static final String ISSUER =
            "http://127.0.0.1:" + PROVIDER.getAddress().getPort() + "/realm";
    private static final Path DATA = folder();

    /** What the provider puts in the next ID token: the username, and the nonce of the request. */
    private static volatile String username = "";

    private static volatile String nonce = "";

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TestDatabases.h2(registry, DATA.resolve("store"));
        registry.add("fusion.access.oidc.issuer", () -> ISSUER);
        registry.add("fusion.access.oidc.client-id", () -> CLIENT_ID);
        registry.add("fusion.access.oidc.client-secret", () -> "a client secret");
    }

    @AfterAll
    static void stop() throws IOException {
        PROVIDER.stop(0);
        org.springframework.util.FileSystemUtils.deleteRecursively(DATA);
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    Users users;

    @Test
    void anAccountSignsInThroughTheProviderWithItsOwnRolesHere() throws Exception {
        users.add(
                "sso.analyst",
                Set.of(Role.ANALYST),
                Jurisdiction.parse("PK2"),
                null,
                "a password long enough".toCharArray());

        MockHttpSession session = signIn("sso.analyst", false);

        assertThat(mvc.perform(get("/api/v1/incidents").session(session))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);
        assertThat(mvc.perform(get("/api/v1/audit").session(session))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .as("an analyst here is no administrator, whatever the provider says")
                .isEqualTo(403);

        users.disable("sso.analyst");
        assertThat(mvc.perform(get("/api/v1/incidents").session(session))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .as("disabling the account here ends the signed-in session")
                .isEqualTo(401);
    }

    @Test
    void someoneWithoutAnAccountHereIsRefused() throws Exception {
        MockHttpSession session = signIn("stranger", true);

        assertThat(mvc.perform(get("/api/v1/incidents").session(session))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(401);
    }

    /** Goes to the provider, "logs in" there as the user, and comes back with the code. */
    private MockHttpSession signIn(String user, boolean refused) throws Exception {
        MockHttpSession session = new MockHttpSession();
        MockHttpServletResponse toProvider = mvc.perform(
                        get("/oauth2/authorization/sso").session(session))
                .andReturn()
                .getResponse();
        assertThat(toProvider.getStatus()).isEqualTo(302);
        URI authorize = URI.create(toProvider.getRedirectedUrl());
        assertThat(authorize.toString()).startsWith(ISSUER + "/authorize");
        Map<String, String> parameters =
                UriComponentsBuilder.fromUri(authorize).build().getQueryParams().toSingleValueMap();
        username = user;
        nonce = java.net.URLDecoder.decode(parameters.get("nonce"), StandardCharsets.UTF_8);

        MockHttpServletResponse back = mvc.perform(get("/login/oauth2/code/sso")
                        .param("code", "a-code")
                        .param("state", java.net.URLDecoder.decode(parameters.get("state"), StandardCharsets.UTF_8))
                        .session(session))
                .andReturn()
                .getResponse();
        assertThat(back.getStatus()).isEqualTo(302);
        // the provider's answer was accepted (signature, issuer, nonce): only the account decides
        assertThat(back.getRedirectedUrl()).as("where %s is sent back to", user).satisfies(location -> {
            if (refused) {
                assertThat(location).contains("/login?error");
            } else {
                assertThat(location).doesNotContain("error");
            }
        });
        return session;
    }

    private static RSAKey key() {
        try {
            return new RSAKeyGenerator(2048).keyID("test-key").generate();
        } catch (com.nimbusds.jose.JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path folder() {
        try {
            return Files.createTempDirectory("single-sign-on");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static HttpServer provider() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/realm/.well-known/openid-configuration", exchange -> {
                String issuer = "http://127.0.0.1:" + server.getAddress().getPort() + "/realm";
                answer(
                        exchange,
                        Map.of(
                                "issuer",
                                issuer,
                                "authorization_endpoint",
                                issuer + "/authorize",
                                "token_endpoint",
                                issuer + "/token",
                                "jwks_uri",
                                issuer + "/jwks",
                                "subject_types_supported",
                                java.util.List.of("public"),
                                "response_types_supported",
                                java.util.List.of("code"),
                                "id_token_signing_alg_values_supported",
                                java.util.List.of("RS256")));
            });
            server.createContext(
                    "/realm/jwks",
                    exchange -> answer(
                            exchange,
                            Map.of("keys", java.util.List.of(KEY.toPublicJWK().toJSONObject()))));
            server.createContext("/realm/token", exchange -> {
                exchange.getRequestBody().readAllBytes();
                String issuer = "http://127.0.0.1:" + server.getAddress().getPort() + "/realm";
                answer(
                        exchange,
                        Map.of(
                                "access_token", "an-access-token",
                                "token_type", "Bearer",
                                "expires_in", 300,
                                "scope", "openid profile",
                                "id_token", idToken(issuer)));
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String idToken(String issuer) {
        try {
            Instant now = Instant.now();
            SignedJWT token = new SignedJWT(
                    new JWSHeader.Builder(JWSAlgorithm.RS256)
                            .keyID(KEY.getKeyID())
                            .build(),
                    new JWTClaimsSet.Builder()
                            .issuer(issuer)
                            .subject("subject-of-" + username)
                            .audience(CLIENT_ID)
                            .issueTime(Date.from(now))
                            .expirationTime(Date.from(now.plusSeconds(300)))
                            .claim("nonce", nonce)
                            .claim("preferred_username", username)
                            .build());
            token.sign(new RSASSASigner(KEY));
            return token.serialize();
        } catch (com.nimbusds.jose.JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void answer(HttpExchange exchange, Map<String, ?> body) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
