package org.fusioncentre.access.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import org.fusioncentre.access.Audience;
import org.fusioncentre.access.User;
import org.fusioncentre.access.Users;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads the signed-in account afresh on every request: a disabled or deleted account loses access
 * at once, even within a session that began before. Puts the request's {@link Audience} where
 * {@link AudienceResolver} finds it.
 */
final class ActiveAccountFilter extends OncePerRequestFilter {
    static final String AUDIENCE = Audience.class.getName();

    private final Users users;

    ActiveAccountFilter(Users users) {
        this.users = users;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null
                || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            chain.doFilter(request, response);
            return;
        }
        Optional<User> user = users.find(authentication.getName()).filter(found -> !found.disabled());
        if (user.isEmpty()) {
            SecurityContextHolder.clearContext();
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            SecurityConfiguration.problem(
                    response,
                    HttpStatus.UNAUTHORIZED,
                    "account-disabled",
                    "Account not active",
                    "the account has been disabled or removed");
            return;
        }
        request.setAttribute(AUDIENCE, Audience.of(user.get()));
        chain.doFilter(request, response);
    }
}
