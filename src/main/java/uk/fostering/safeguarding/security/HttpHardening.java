package uk.fostering.safeguarding.security;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Security headers on the service's own pages and APIs (Camunda's webapps set their own), and a cap
 * on request bodies: no form or API call of this service needs more than 64 KB.
 */
@Configuration(proxyBeanMethods = false)
class HttpHardening {

    static final long MAX_BODY_BYTES = 64 * 1024;

    @Bean
    FilterRegistrationBean<Filter> securityHeaders() {
        Filter filter = (request, response, chain) -> {
            HttpServletRequest http = (HttpServletRequest) request;
            HttpServletResponse out = (HttpServletResponse) response;
            if (!http.getRequestURI().startsWith("/camunda/")) {
                out.setHeader("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; "
                        + "style-src 'self' 'unsafe-inline'; object-src 'none'; base-uri 'self'; form-action 'self'; "
                        + "frame-ancestors 'none'");
                out.setHeader("X-Frame-Options", "DENY");
            }
            out.setHeader("X-Content-Type-Options", "nosniff");
            out.setHeader("Referrer-Policy", "no-referrer");
            if (request.isSecure()) {
                out.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
            }
            if (http.getContentLengthLong() > MAX_BODY_BYTES) {
                out.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
                return;
            }
            chain.doFilter(request, response);
        };
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(filter);
        registration.setName("safeguarding-security-headers");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }
}
