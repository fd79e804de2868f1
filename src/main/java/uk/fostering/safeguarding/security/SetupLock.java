package uk.fostering.safeguarding.security;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import uk.fostering.safeguarding.security.process.Identities;

/**
 * The Admin webapp's first-run setup (POST /camunda/api/admin/setup/{engine}/user/create) creates an
 * administrator for anyone, unauthenticated, while Camunda thinks setup is still open, and Camunda
 * 7.24 CE decides that wrongly (CVE-2026-77226, fixed in EE only). The service never needs it: the
 * demo profile has its administrator and prod takes the first one from the environment. So it is
 * closed in prod always and elsewhere as soon as anyone exists (an administrator among them).
 */
@Configuration(proxyBeanMethods = false)
class SetupLock {

    private static final Logger log = LoggerFactory.getLogger(SetupLock.class);

    @Bean
    FilterRegistrationBean<Filter> setupLockFilter(Identities identities, Environment environment) {
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(
                lock(Arrays.asList(environment.getActiveProfiles()).contains("prod"), identities::anyoneExists));
        registration.setName("safeguarding-setup-lock");
        registration.addUrlPatterns("/camunda/api/admin/setup/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        return registration;
    }

    static Filter lock(boolean production, BooleanSupplier anyoneExists) {
        return (request, response, chain) -> {
            if (production || anyoneExists.getAsBoolean()) {
                log.warn("First-run setup refused for {}: the service has its administrators", request.getRemoteAddr());
                ((HttpServletResponse) response).sendError(HttpServletResponse.SC_FORBIDDEN);
                return;
            }
            chain.doFilter(request, response);
        };
    }
}
