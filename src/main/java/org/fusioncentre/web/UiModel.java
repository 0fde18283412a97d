package org.fusioncentre.web;

import jakarta.servlet.http.HttpServletRequest;
import org.fusioncentre.access.Audience;
import org.fusioncentre.access.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page's header needs: who is signed in, what they may do, and where they are. */
@ControllerAdvice(basePackageClasses = UiModel.class)
class UiModel {
    record Me(String name, String jurisdiction, boolean analyst, boolean committee, boolean reporter, boolean admin) {}

    @ModelAttribute("me")
    @Nullable
    Me me(HttpServletRequest request) {
        Object audience = request.getAttribute(Audience.class.getName());
        if (!(audience instanceof Audience who)) {
            return null;
        }
        return new Me(
                who.name(),
                who.jurisdiction().code(),
                who.roles().contains(Role.ANALYST) || who.roles().contains(Role.ADMIN),
                who.roles().contains(Role.COMMITTEE_MEMBER)
                        || who.roles().contains(Role.ANALYST)
                        || who.roles().contains(Role.ADMIN),
                who.roles().contains(Role.REPORTER)
                        || who.roles().contains(Role.ANALYST)
                        || who.roles().contains(Role.ADMIN),
                who.roles().contains(Role.ADMIN));
    }

    @ModelAttribute("path")
    String path(HttpServletRequest request) {
        return request.getRequestURI();
    }
}
