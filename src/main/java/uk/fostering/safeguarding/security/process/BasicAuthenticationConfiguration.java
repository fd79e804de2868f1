package uk.fostering.safeguarding.security.process;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * HTTP Basic against Camunda's identity service for Camunda's REST API and the service's own API.
 * Camunda's filter (not Spring Security's) is used so that the engine knows who is calling and can
 * apply its authorizations; it is mapped to the two APIs only, never to the webapps.
 */
@Configuration(proxyBeanMethods = false)
public class BasicAuthenticationConfiguration {

    /** Fixed, so that filters that need the caller (security's {@code IdentityChanges}) can run inside this one. */
    public static final int ORDER = Ordered.LOWEST_PRECEDENCE - 100;

    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> basicAuthentication() {
        FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        registration.setName("safeguarding-basic-authentication");
        registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
                HttpBasicAuthenticationProvider.class.getName());
        registration.addUrlPatterns("/engine-rest/*", "/api/*");
        registration.setOrder(ORDER);
        return registration;
    }
}
