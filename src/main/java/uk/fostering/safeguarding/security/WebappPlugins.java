package uk.fostering.safeguarding.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;
import uk.fostering.safeguarding.registry.Roles;
import uk.fostering.safeguarding.security.process.EngineLookups;

/**
 * The webapps' plugin APIs ({@code /camunda/api/cockpit/plugin/...}, {@code /camunda/api/admin/plugin/...}) answer
 * anyone signed in to the engine, whatever their application: Camunda checks only that they are signed in. Cockpit's
 * plugins count process instances, incidents and jobs across the whole service, which tells a carer what happens
 * to children who are not theirs. So Cockpit's plugin data is for the groups that have Cockpit (managers and
 * administrators), its statistics and reports for administrators only, and Admin's plugin data for administrators.
 * The plugins' static files (scripts) stay open, as Camunda serves them.
 */
@Configuration(proxyBeanMethods = false)
class WebappPlugins {

    private static final Pattern PLUGIN = Pattern.compile("^/camunda/api/(cockpit|admin)/plugin/[^/]+/([^/]+)(/.*)?$");
    private static final Set<String> COCKPIT = Set.of(Roles.MANAGERS, Roles.ADMINS);
    private static final List<String> SERVICE_WIDE = List.of("statistics", "report", "metrics");

    @Bean
    FilterRegistrationBean<WebappPluginFilter> webappPluginFilter(EngineLookups lookups) {
        FilterRegistrationBean<WebappPluginFilter> registration = new FilterRegistrationBean<>(new WebappPluginFilter(lookups));
        registration.setName("safeguarding-webapp-plugins");
        registration.addUrlPatterns("/camunda/api/cockpit/plugin/*", "/camunda/api/admin/plugin/*");
        registration.setOrder(Ordered.LOWEST_PRECEDENCE);
        return registration;
    }

    static class WebappPluginFilter extends OncePerRequestFilter {

        private final EngineLookups lookups;

        WebappPluginFilter(EngineLookups lookups) {
            this.lookups = lookups;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            Matcher plugin = PLUGIN.matcher(request.getRequestURI().substring(request.getContextPath().length()));
            if (plugin.matches() && plugin.group(2).equals("static") && request.getMethod().equals("GET")) {
                chain.doFilter(request, response);
                return;
            }
            List<String> groups = plugin.matches()
                    ? lookups.callerGroups(request, true, plugin.group(2)).orElse(List.of()) : List.of();
            if (plugin.matches() && allowed(plugin.group(1), plugin.group(3), groups)) {
                chain.doFilter(request, response);
                return;
            }
            EngineDoor.EngineDoorFilter.refuse(response, HttpServletResponse.SC_FORBIDDEN, "Forbidden",
                    "This call is not open to you");
        }

        static boolean allowed(String app, String rest, List<String> groups) {
            boolean administrator = groups.contains(Roles.ADMINS);
            return switch (app) {
                case "cockpit" -> administrator || groups.stream().anyMatch(COCKPIT::contains)
                        && SERVICE_WIDE.stream().noneMatch(word -> rest != null && rest.contains(word));
                case "admin" -> administrator;
                default -> false;
            };
        }
    }
}
