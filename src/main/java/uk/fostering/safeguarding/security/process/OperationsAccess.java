package uk.fostering.safeguarding.security.process;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.fostering.safeguarding.registry.Roles;

/**
 * The actuator's endpoints other than the health status are for operations only: metrics tell things about
 * children (the count of {@code /api/children/{childId}/missing} requests answered 201 says a child went
 * missing). HTTP Basic, checked with Camunda's identity service like {@code /api} and {@code /engine-rest}, so
 * failed attempts count towards Camunda's login throttling; 401 without valid credentials, 403 for anyone
 * not in the group {@code operations}. {@code /actuator/health} answers its status to everyone (details never).
 */
@Configuration(proxyBeanMethods = false)
class OperationsAccess {

    @Bean
    FilterRegistrationBean<Filter> operationsOnly(IdentityService identity) {
        Filter filter = (request, response, chain) -> {
            HttpServletRequest http = (HttpServletRequest) request;
            HttpServletResponse out = (HttpServletResponse) response;
            // the servlet path is decoded and normalised: "/actuator/health/../metrics" is not health
            String path = http.getServletPath() + Optional.ofNullable(http.getPathInfo()).orElse("");
            if (path.equals("/actuator/health") || path.startsWith("/actuator/health/")) {
                chain.doFilter(request, response);
                return;
            }
            Optional<String[]> credentials = basic(http.getHeader("Authorization"));
            if (credentials.isEmpty() || !identity.checkPassword(credentials.get()[0], credentials.get()[1])) {
                out.setHeader("WWW-Authenticate", "Basic realm=\"operations\", charset=\"UTF-8\"");
                out.sendError(HttpServletResponse.SC_UNAUTHORIZED);
                return;
            }
            if (identity.createUserQuery().userId(credentials.get()[0]).memberOfGroup(Roles.OPERATIONS).count() == 0) {
                out.sendError(HttpServletResponse.SC_FORBIDDEN);
                return;
            }
            chain.doFilter(request, response);
        };
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(filter);
        registration.setName("safeguarding-operations-only");
        registration.addUrlPatterns("/actuator/*");
        return registration;
    }

    private static Optional<String[]> basic(String header) {
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon <= 0 ? Optional.empty()
                    : Optional.of(new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)});
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
    }
}
