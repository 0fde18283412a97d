package org.fusioncentre.access.web;

import java.util.HashSet;
import java.util.Set;
import org.fusioncentre.access.User;
import org.fusioncentre.access.Users;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Optional single sign-on: when {@code fusion.access.oidc.issuer} is set, browsers may sign in
 * through that OpenID Connect provider ({@code /oauth2/authorization/sso}). The provider proves who
 * someone is; what they may do and see still comes from their account here, found by the claim
 * named in {@code username-claim}. Someone without an active account is refused.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnProperty(prefix = "fusion.access.oidc", name = "issuer")
@EnableConfigurationProperties(SingleSignOn.OidcProperties.class)
class SingleSignOn {
    static final String REGISTRATION = "sso";

    /**
     * @param issuer the provider's issuer URL; its discovery document is read at start-up
     * @param clientId this instance's client id at the provider
     * @param clientSecret its secret, when the provider gave one
     * @param usernameClaim the ID token claim holding the username of the account here
     */
    @ConfigurationProperties("fusion.access.oidc")
    record OidcProperties(
            String issuer,
            String clientId,
            @Nullable String clientSecret,
            @DefaultValue("preferred_username") String usernameClaim) {}

    @Bean
    ClientRegistrationRepository singleSignOnClients(OidcProperties properties) {
        if (properties.clientId() == null || properties.clientId().isBlank()) {
            throw new IllegalStateException("fusion.access.oidc.client-id must be set with fusion.access.oidc.issuer");
        }
        ClientRegistration.Builder registration = ClientRegistrations.fromIssuerLocation(properties.issuer())
                .registrationId(REGISTRATION)
                .clientId(properties.clientId())
                .scope("openid", "profile")
                .userNameAttributeName(properties.usernameClaim());
        if (properties.clientSecret() != null && !properties.clientSecret().isBlank()) {
            registration.clientSecret(properties.clientSecret());
        }
        return new InMemoryClientRegistrationRepository(registration.build());
    }

    /** Signs in the provider's user as the active account of the same username, with that account's roles. */
    @Bean
    OAuth2UserService<OidcUserRequest, OidcUser> singleSignOnAccounts(Users users, OidcProperties properties) {
        OidcUserService provider = new OidcUserService();
        return request -> {
            OidcUser signedIn = provider.loadUser(request);
            Object claim = signedIn.getClaims().get(properties.usernameClaim());
            String username = claim == null ? null : claim.toString().strip();
            User account = username == null
                    ? null
                    : users.find(username).filter(found -> !found.disabled()).orElse(null);
            if (account == null) {
                throw new OAuth2AuthenticationException(
                        new OAuth2Error("no_account"),
                        "no active account here for the '" + properties.usernameClaim() + "' claim " + username);
            }
            Set<GrantedAuthority> authorities = new HashSet<>(SecurityConfiguration.authorities(account));
            return new DefaultOidcUser(
                    authorities, signedIn.getIdToken(), signedIn.getUserInfo(), properties.usernameClaim());
        };
    }
}
