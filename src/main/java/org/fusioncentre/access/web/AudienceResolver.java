package org.fusioncentre.access.web;

import java.util.List;
import org.fusioncentre.access.Audience;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Gives a controller method that declares an {@link Audience} parameter the signed-in user's
 * audience. Controllers pass it on to the modules, whose reads apply it: no controller decides
 * visibility itself.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class AudienceResolver implements WebMvcConfigurer, HandlerMethodArgumentResolver {
    static {
        // the audience comes from the session or token, never from the request's parameters
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Audience.class);
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(this);
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == Audience.class;
    }

    @Override
    public Audience resolveArgument(
            MethodParameter parameter,
            ModelAndViewContainer container,
            NativeWebRequest request,
            WebDataBinderFactory binders) {
        Object audience = request.getAttribute(ActiveAccountFilter.AUDIENCE, RequestAttributes.SCOPE_REQUEST);
        if (audience instanceof Audience known) {
            return known;
        }
        throw new ResponseStatusException(HttpStatus.UNAUTHORIZED, "sign in to read this");
    }
}
