package uk.fostering.safeguarding.security;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * {@link LoginThrottle} in front of every password check the service has: HTTP Basic on the two APIs
 * and the webapps' login form. It runs before the check, so that a throttled attempt (429 with
 * Retry-After) never reaches it, and reads the outcome from the status: 401 is a wrong password, a
 * success the right one.
 * Camunda's own lock-out is off (application.yaml) because it counts per account only.
 */
@Configuration(proxyBeanMethods = false)
class SignInThrottling {

    private static final Logger log = LoggerFactory.getLogger(SignInThrottling.class);

    /** The webapps' login: POST /camunda/api/admin/auth/user/{engine}/login/{app}, form field username. */
    private static final Pattern WEBAPP_LOGIN = Pattern.compile("/camunda/api/admin/auth/user/[^/]+/login/[^/]+/?");
    /**
     * Camunda's REST password check answers 200 with {"authenticated": false} for a wrong password, so a
     * throttle that reads statuses cannot count it; neither the webapps nor the service use it.
     */
    private static final Pattern PASSWORD_VERIFICATION = Pattern.compile("/engine-rest(/engine/[^/]+)?/identity/verify/?");

    @Bean
    LoginThrottle loginThrottle(Clock clock) {
        return new LoginThrottle(clock);
    }

    @Bean
    FilterRegistrationBean<Filter> signInThrottle(LoginThrottle throttle) {
        Filter filter = (request, response, chain) -> {
            HttpServletRequest http = (HttpServletRequest) request;
            HttpServletResponse out = (HttpServletResponse) response;
            String path = http.getServletPath() + (http.getPathInfo() == null ? "" : http.getPathInfo());
            if (PASSWORD_VERIFICATION.matcher(path).matches()) {
                out.sendError(HttpServletResponse.SC_FORBIDDEN);
                return;
            }
            // user ids are compared as the database compares them; one case-folded key per person
            Optional<String> account = account(http, path).map(id -> id.toLowerCase(Locale.ROOT));
            if (account.isEmpty()) {
                chain.doFilter(request, response);
                return;
            }
            String source = request.getRemoteAddr();
            Optional<Duration> wait = throttle.waitBefore(account.get(), source);
            if (wait.isPresent()) {
                long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
                log.info("Sign-in for {} from {} throttled for {} s", account.get(), source, seconds);
                out.setStatus(429);
                out.setHeader("Retry-After", Long.toString(seconds));
                out.setContentType("text/plain;charset=UTF-8");
                out.getWriter().write("Too many wrong passwords: try again in " + seconds + " seconds.\n");
                return;
            }
            chain.doFilter(request, response);
            // only a 401 is a wrong password, and only a success proves the right one: a 403 or 415 may come
            // from a filter before the check (CSRF, content type) and must not clear the count
            if (out.getStatus() == HttpServletResponse.SC_UNAUTHORIZED) {
                throttle.failed(account.get(), source);
            } else if (out.getStatus() < 400) {
                throttle.succeeded(account.get(), source);
            }
        };
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(filter);
        registration.setName("safeguarding-sign-in-throttle");
        registration.addUrlPatterns("/engine-rest/*", "/api/*", "/camunda/api/admin/auth/*");
        // before Camunda's Basic filter and the webapps' login resource, after the security headers
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    /** The user id a password is offered for, if this request offers one. */
    static Optional<String> account(HttpServletRequest request, String path) {
        if (path.startsWith("/camunda/")) {
            return "POST".equals(request.getMethod()) && WEBAPP_LOGIN.matcher(path).matches()
                    ? Optional.ofNullable(request.getParameter("username")) : Optional.empty();
        }
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        try {
            String credentials = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
            int colon = credentials.indexOf(':');
            return colon < 0 ? Optional.empty() : Optional.of(credentials.substring(0, colon));
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
    }
}
