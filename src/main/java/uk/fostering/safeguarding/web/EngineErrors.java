package uk.fostering.safeguarding.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Two people (or two nodes) completing the same task at once: one wins, and Camunda's REST API
 * answers the other with a 500 that wraps either its optimistic-locking failure (ENGINE-03005) or
 * "Cannot find task". Both mean the task was just completed or changed by someone else, so the
 * loser gets 409 Conflict with a message that says so, in Camunda's error shape (Tasklist shows
 * its {@code message}). Applies to task completion in {@code /engine-rest} and in Tasklist's own API.
 */
@Configuration
class TaskCompletionConflicts {

    static final String MESSAGE = "Someone else completed or changed this task at the same moment. "
            + "Reload it to see where it stands; nothing of yours was saved.";

    @Bean
    FilterRegistrationBean<TaskCompletionConflictFilter> taskCompletionConflictFilter() {
        FilterRegistrationBean<TaskCompletionConflictFilter> registration =
                new FilterRegistrationBean<>(new TaskCompletionConflictFilter());
        registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
        return registration;
    }

    static class TaskCompletionConflictFilter extends OncePerRequestFilter {

        @Override
        protected boolean shouldNotFilter(HttpServletRequest request) {
            String path = request.getRequestURI();
            return !"POST".equals(request.getMethod()) || !path.contains("/task/")
                    || !(path.endsWith("/submit-form") || path.endsWith("/complete"));
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
            chain.doFilter(request, wrapper);
            if (wrapper.getStatus() == HttpStatus.INTERNAL_SERVER_ERROR.value() && isLostRace(wrapper)) {
                wrapper.resetBuffer();
                wrapper.setStatus(HttpStatus.CONFLICT.value());
                wrapper.setContentType(MediaType.APPLICATION_JSON_VALUE);
                wrapper.getOutputStream().write(("{\"type\":\"TaskConflict\",\"message\":\"" + MESSAGE + "\"}")
                        .getBytes(StandardCharsets.UTF_8));
            }
            wrapper.copyBodyToResponse();
        }

        private static boolean isLostRace(ContentCachingResponseWrapper wrapper) {
            String body = new String(wrapper.getContentAsByteArray(), StandardCharsets.UTF_8);
            return body.contains("ENGINE-03005") || body.contains("Cannot find task with id");
        }
    }
}
