package uk.fostering.safeguarding.security.process;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The service's own pages (a concern, the dashboard, the demo inbox, the carers' pages) trust the Tasklist login: whoever signed in
 * to Tasklist in this browser is the engine's authenticated user for the request, so the same
 * people and groups decide what they may see. No Tasklist login, no user: the page asks to sign in.
 */
@Configuration(proxyBeanMethods = false)
class WebappSessionConfiguration {

    static final String ENGINE = "default";

    @Bean
    FilterRegistrationBean<Filter> webappSessionAuthentication(IdentityService identityService) {
        Filter filter = (request, response, chain) -> {
            HttpSession session = ((HttpServletRequest) request).getSession(false);
            Authentications authentications = session == null ? null : AuthenticationUtil.getAuthsFromSession(session);
            if (authentications != null && authentications.getAuthenticationForProcessEngine(ENGINE)
                    instanceof UserAuthentication user) {
                identityService.setAuthentication(user.getIdentityId(), user.getGroupIds());
            }
            try {
                chain.doFilter(request, response);
            } finally {
                identityService.clearAuthentication();
            }
        };
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(filter);
        registration.setName("safeguarding-webapp-session");
        registration.addUrlPatterns("/concerns/*", "/dashboard", "/dashboard/*", "/demo/*", "/carer",
                "/carer/*", "/manage", "/manage/*");
        return registration;
    }
}
