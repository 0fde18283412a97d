package org.fusioncentre.access.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.fusioncentre.access.Role;
import org.fusioncentre.access.Tokens;
import org.fusioncentre.access.User;
import org.fusioncentre.access.Users;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Who may call what. The API and the UI always require authentication: API tokens
 * ({@code Authorization: Bearer …}) for scripts, form login with a session and CSRF protection for
 * browsers. Writes need a role that may make them; reads need any account. Security headers on
 * every response; 401 and 403 as problem details. What each account may <em>see</em> — markings
 * and jurisdiction — is applied in the data access path (issue 7, next step).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET) // commands start no web server
class SecurityConfiguration {
    static final String[] ANALYSTS = {"ADMIN", "ANALYST"};

    @Bean
    SecurityFilterChain security(
            HttpSecurity http,
            Tokens tokens,
            Users users,
            ObjectProvider<OAuth2UserService<OidcUserRequest, OidcUser>> singleSignOn)
            throws Exception {
        http.authorizeHttpRequests(requests -> requests.requestMatchers(
                                "/actuator/health/**",
                                "/actuator/health",
                                "/v3/api-docs/**",
                                "/login",
                                "/error",
                                "/oauth2/authorization/**",
                                "/login/oauth2/code/**",
                                "/webjars/**",
                                "/css/**",
                                "/js/**",
                                "/favicon.ico")
                        .permitAll()
                        .requestMatchers("/api/v1/audit/**", "/api/v1/audit", "/admin/**", "/admin")
                        .hasRole("ADMIN")
                        // a source's organisation and default marking decide who sees its reports
                        .requestMatchers(HttpMethod.PUT, "/api/v1/sources/**", "/api/v1/sources")
                        .hasRole("ADMIN")
                        .requestMatchers(HttpMethod.POST, "/api/v1/reports/**", "/reports/**")
                        .hasAnyRole("ADMIN", "ANALYST", "REPORTER")
                        .requestMatchers(HttpMethod.POST, "/api/v1/incidents/**")
                        .hasAnyRole(ANALYSTS)
                        .requestMatchers(HttpMethod.POST, "/api/v1/assessments/**")
                        .hasAnyRole(ANALYSTS)
                        .requestMatchers(HttpMethod.POST, "/api/v1/geo/**")
                        .hasAnyRole(ANALYSTS)
                        // the UI's forms follow the API's rules
                        .requestMatchers(HttpMethod.POST, "/incidents/**", "/review/**", "/assessments/**")
                        .hasAnyRole(ANALYSTS)
                        .requestMatchers(HttpMethod.POST, "/coordination/**")
                        .hasAnyRole("ADMIN", "ANALYST", "COMMITTEE_MEMBER")
                        // committees' work: the coordination module checks membership of the committee
                        .requestMatchers(
                                HttpMethod.POST,
                                "/api/v1/directives/**",
                                "/api/v1/assignments/**",
                                "/api/v1/committees/**")
                        .hasAnyRole("ADMIN", "ANALYST", "COMMITTEE_MEMBER")
                        .requestMatchers(HttpMethod.DELETE, "/api/**")
                        .hasAnyRole(ANALYSTS)
                        .requestMatchers(HttpMethod.PUT, "/api/**")
                        .hasAnyRole(ANALYSTS)
                        .anyRequest()
                        .authenticated())
                .addFilterBefore(new BearerTokenFilter(tokens), UsernamePasswordAuthenticationFilter.class)
                .addFilterBefore(new ActiveAccountFilter(users), AuthorizationFilter.class)
                .formLogin(form -> form.loginPage("/login").permitAll())
                // a request that carries a token is no browser's: cross-site forgery needs a cookie
                .csrf(csrf -> csrf.ignoringRequestMatchers(request -> {
                    String authorization = request.getHeader("Authorization");
                    return authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7);
                }))
                .exceptionHandling(errors -> errors.defaultAuthenticationEntryPointFor(
                                (request, response, exception) -> problem(
                                        response,
                                        HttpStatus.UNAUTHORIZED,
                                        "unauthenticated",
                                        "Authentication required",
                                        "send 'Authorization: Bearer <token>' (fusion token create) or log in"),
                                request -> request.getRequestURI().startsWith("/api/"))
                        .accessDeniedHandler((request, response, exception) -> problem(
                                response,
                                HttpStatus.FORBIDDEN,
                                "forbidden",
                                "Not allowed",
                                "your roles do not allow this request, or its CSRF token is missing")))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(
                                "default-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none';"
                                        + " form-action 'self'"))
                        .frameOptions(frame -> frame.deny())
                        .referrerPolicy(
                                referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        OAuth2UserService<OidcUserRequest, OidcUser> accounts = singleSignOn.getIfAvailable();
        if (accounts != null) {
            http.oauth2Login(login -> login.userInfoEndpoint(endpoint -> endpoint.oidcUserService(accounts)));
        }
        return http.build();
    }

    /** Form login checks passwords through the accounts, with their lockout. */
    @Bean
    AuthenticationProvider accounts(Users users) {
        return new AuthenticationProvider() {
            @Override
            public Authentication authenticate(Authentication authentication) throws AuthenticationException {
                String username = authentication.getName();
                Object credentials = authentication.getCredentials();
                char[] password = credentials == null
                        ? new char[0]
                        : credentials.toString().toCharArray();
                User user = users.authenticate(username, password)
                        .orElseThrow(() -> new BadCredentialsException("bad username or password, or account locked"));
                return UsernamePasswordAuthenticationToken.authenticated(user.username(), null, authorities(user));
            }

            @Override
            public boolean supports(Class<?> authentication) {
                return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
            }
        };
    }

    static List<GrantedAuthority> authorities(User user) {
        return user.roles().stream()
                .map(Role::name)
                .sorted()
                .map(role -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + role))
                .toList();
    }

    static void problem(HttpServletResponse response, HttpStatus status, String code, String title, String detail)
            throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        if (status == HttpStatus.UNAUTHORIZED) {
            response.setHeader("WWW-Authenticate", "Bearer");
        }
        response.getWriter()
                .write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status.value()
                        + ",\"detail\":\"" + detail + "\",\"code\":\"" + code + "\"}");
    }
}
