package uk.fostering.safeguarding.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import uk.fostering.safeguarding.shared.InvalidInputException;
import uk.fostering.safeguarding.shared.InvalidInputException.FieldProblem;
import uk.fostering.safeguarding.web.process.RefusedInput;

/**
 * Engine errors that people should understand. Camunda's REST API (in {@code /engine-rest} and in Tasklist's
 * own {@code /camunda/api/engine}) answers them as a 500 with the engine's text; they are answered in
 * Camunda's error shape (Tasklist shows its {@code message}), in plain words, without engine codes or class names:
 * <ul>
 * <li>A form the service refused (a start form, a step's completion: {@link InvalidInputException} thrown by
 * the service's listeners) is 400 naming the field and why. The engine rolled back, so nothing changed.
 * The signal is the exception itself, kept by {@link RefusedInput} while the engine ran, not the text.</li>
 * <li>Two people (or two nodes) completing the same task at once: one wins, and the engine fails the other
 * with its optimistic-locking failure (ENGINE-03005) or "Cannot find task". Both mean the task was just
 * completed or changed by someone else, so the loser gets 409 with a message that says so.</li>
 * </ul>
 */
@Configuration
class EngineErrors {

    static final String CONFLICT = "Someone else completed or changed this task at the same moment. "
            + "Reload it to see where it stands; nothing of yours was saved.";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern TASK_COMPLETION = Pattern.compile(".*/task/[^/]+/(submit-form|complete)");
    private static final Pattern FORM_SUBMISSION =
            Pattern.compile(".*/(task|process-definition)/.+/(submit-form|complete|start)");

    @Bean
    FilterRegistrationBean<EngineErrorFilter> engineErrorFilter() {
        FilterRegistrationBean<EngineErrorFilter> registration = new FilterRegistrationBean<>(new EngineErrorFilter());
        registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
        return registration;
    }

    static class EngineErrorFilter extends OncePerRequestFilter {

        /** Starting a process and completing a task run the service's listeners; other calls are left alone. */
        @Override
        protected boolean shouldNotFilter(HttpServletRequest request) {
            return !"POST".equals(request.getMethod()) || !FORM_SUBMISSION.matcher(request.getRequestURI()).matches();
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
            Optional<InvalidInputException> refused;
            RefusedInput.watch();
            try {
                chain.doFilter(request, wrapper);
            } finally {
                refused = RefusedInput.stopWatching();
            }
            if (wrapper.getStatus() == HttpStatus.INTERNAL_SERVER_ERROR.value()) {
                if (refused.isPresent()) {
                    answer(wrapper, HttpStatus.BAD_REQUEST, invalid(refused.get()));
                } else if (TASK_COMPLETION.matcher(request.getRequestURI()).matches() && isLostRace(wrapper)) {
                    answer(wrapper, HttpStatus.CONFLICT, Map.of("type", "TaskConflict", "message", CONFLICT));
                }
            }
            wrapper.copyBodyToResponse();
        }

        private static Map<String, String> invalid(InvalidInputException refused) {
            Map<String, String> body = new LinkedHashMap<>();
            body.put("type", "InvalidInput");
            body.put("message", refused.getMessage());
            body.put("field", refused.getProblems().stream().map(FieldProblem::field).findFirst().orElse(""));
            return body;
        }

        private static void answer(ContentCachingResponseWrapper wrapper, HttpStatus status, Map<String, String> body)
                throws IOException {
            wrapper.resetBuffer();
            wrapper.setStatus(status.value());
            wrapper.setContentType(MediaType.APPLICATION_JSON_VALUE);
            try {
                wrapper.getOutputStream().write(JSON.writeValueAsBytes(body));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("a map of strings is always JSON", e);
            }
        }

        private static boolean isLostRace(ContentCachingResponseWrapper wrapper) {
            String body = new String(wrapper.getContentAsByteArray(), StandardCharsets.UTF_8);
            // the engine's own version check, the task already gone, or the concern record's version check when both
            // completions reach the record's row (the loser's listener fails, inside the engine's error ENGINE-03051),
            // or the loser's listener finding the task's execution already removed (process.RoutingFacts says so)
            return body.contains("ENGINE-03005") || body.contains("Cannot find task with id")
                    || body.contains("Row was updated or deleted by another transaction")
                    || body.contains("was completed at the same time elsewhere");
        }
    }
}
