package uk.fostering.safeguarding.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.fostering.safeguarding.security.IdentityChange.Kind;
import uk.fostering.safeguarding.security.process.BasicAuthenticationConfiguration;
import uk.fostering.safeguarding.security.process.Identities;
import uk.fostering.safeguarding.security.process.Identities.Person;

/**
 * Writes to people's logins through Camunda's REST API, by either door (/engine-rest, and the
 * webapps' copy under /camunda/api/engine that Admin uses): a group membership that breaks the
 * {@link AdministratorRule} answers 400 and changes nothing; a change that went through (2xx) is
 * passed to {@link IdentityChangeNotices}. Runs inside Camunda's Basic filter, so that the caller is known.
 */
@Configuration(proxyBeanMethods = false)
class IdentityChanges {

    private static final Logger log = LoggerFactory.getLogger(IdentityChanges.class);

    @Bean
    FilterRegistrationBean<Filter> identityChangesFilter(Identities identities, IdentityChangeNotices notices,
            ObjectMapper json) {
        Filter filter = (request, response, chain) -> {
            HttpServletRequest http = (HttpServletRequest) request;
            HttpServletResponse out = (HttpServletResponse) response;
            String path = http.getServletPath() + (http.getPathInfo() == null ? "" : http.getPathInfo());
            Optional<IdentityChange> change = IdentityChange.of(http.getMethod(), path);
            Optional<String> caller = change.flatMap(c -> identities.caller(http, c.webapp()));
            if (caller.isEmpty()) {
                // not a write to a login, or nobody signed in: Camunda answers that itself
                chain.doFilter(request, response);
                return;
            }
            Optional<Person> before = identities.person(change.get().userId());
            Optional<String> refusal = change.filter(c -> c.kind() == Kind.JOIN).flatMap(join -> AdministratorRule
                    .refusal(join.userId(), join.groupId(), before.map(Person::groups).orElse(List.of())));
            if (refusal.isPresent()) {
                out.setStatus(HttpServletResponse.SC_BAD_REQUEST);
                out.setContentType("application/json");
                // Camunda's own error shape, so that Admin shows the message
                json.writeValue(out.getOutputStream(), Map.of("type", "InvalidRequestException",
                        "message", refusal.get()));
                return;
            }
            chain.doFilter(request, response);
            if (out.getStatus() >= 200 && out.getStatus() < 300) {
                try {
                    notices.changed(caller.get(), change.get(), before);
                } catch (RuntimeException e) {
                    // the change is made and answered; a 500 now would only make the administrator repeat it
                    log.error("Change {} of {} by {} made but not recorded or told", change.get().kind(),
                            change.get().userId(), caller.get(), e);
                }
            }
        };
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(filter);
        registration.setName("safeguarding-identity-changes");
        registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
        registration.setOrder(BasicAuthenticationConfiguration.ORDER + 1);
        return registration;
    }
}
