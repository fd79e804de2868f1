package uk.fostering.safeguarding.security;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import uk.fostering.safeguarding.audit.Audit;
import uk.fostering.safeguarding.registry.Leavers;
import uk.fostering.safeguarding.security.process.Identities;

/**
 * Someone who has left (a carer deregistered, staff whose end date has come) loses access at once: the registry's
 * dates decide, so nobody has to remember to lock the login. Their password is refused before Camunda checks it
 * (Tasklist's sign-in, HTTP Basic on the APIs: 401, as a wrong password), and a session they signed in to earlier
 * ends at its next request, which then goes on as not signed in. Each refusal is a line of the audit trail.
 */
@Configuration(proxyBeanMethods = false)
class LeaversLoseAccess {

    static final String REFUSED = "SIGN_IN_REFUSED";
    static final String SESSION_ENDED = "SESSION_ENDED";

    private static final Logger log = LoggerFactory.getLogger(LeaversLoseAccess.class);

    /** Static files carry no record; the pages and data behind them are checked. */
    private static final List<String> STATIC = List.of("/webjars/", "/css/", "/js/", "/camunda/app/",
            "/camunda/assets/", "/favicon");

    @Bean
    FilterRegistrationBean<Filter> leaversLoseAccessFilter(Leavers leavers, Identities identities, Audit audit) {
        Filter filter = (request, response, chain) -> {
            HttpServletRequest http = (HttpServletRequest) request;
            String path = http.getServletPath() + (http.getPathInfo() == null ? "" : http.getPathInfo());
            boolean api = path.startsWith("/api/") || path.startsWith("/engine-rest/") || path.startsWith("/camunda/api/admin/auth/");
            Optional<String> offered = api ? SignInThrottling.account(http, path) : Optional.empty();
            Optional<LocalDate> left = offered.flatMap(leavers::leftOn);
            if (left.isPresent()) {
                log.info("Sign-in of {} refused: left the service on {}", offered.get(), left.get());
                audit.record(offered.get(), REFUSED, Audit.personReference(offered.get()),
                        "sign-in refused: left the service on " + left.get());
                HttpServletResponse out = (HttpServletResponse) response;
                out.setHeader("WWW-Authenticate", "Basic realm=\"default\"");
                out.sendError(HttpServletResponse.SC_UNAUTHORIZED);
                return;
            }
            HttpSession session = http.getSession(false);
            if (session != null && STATIC.stream().noneMatch(path::startsWith)) {
                identities.caller(http, true).ifPresent(user -> leavers.leftOn(user).ifPresent(day -> {
                    log.info("Session of {} ended: left the service on {}", user, day);
                    audit.record(user, SESSION_ENDED, Audit.personReference(user),
                            "signed out at their next request: left the service on " + day);
                    session.invalidate();
                }));
            }
            chain.doFilter(request, response);
        };
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(filter);
        registration.setName("safeguarding-leavers-lose-access");
        // after the sign-in throttle (so that a refused leaver counts as a wrong password), before every sign-in
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 30);
        return registration;
    }
}
