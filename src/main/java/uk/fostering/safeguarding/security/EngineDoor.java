package uk.fostering.safeguarding.security;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import uk.fostering.safeguarding.registry.Roles;
import uk.fostering.safeguarding.security.EngineBodyRules.Problem;
import uk.fostering.safeguarding.security.EngineDoorRules.Verdict;
import uk.fostering.safeguarding.security.process.EngineLookups;

/**
 * The one edge of the engine's two HTTP doors, {@code /engine-rest} and Tasklist's
 * {@code /camunda/api/engine}: both serve the same Camunda resources, so both get the same rules
 * ({@link EngineDoorRules} for the path, {@link EngineBodyRules} for the bodies that must be looked at).
 * It runs after sign-in, so that it knows whether the caller administers; a refused call answers
 * 403 (or 400 naming the field) in Camunda's error shape before the engine sees it, and changes nothing.
 */
@Configuration(proxyBeanMethods = false)
class EngineDoor {

    /** Bodies of the calls the door reads are small JSON; anything bigger is not a form or a filter. */
    static final int MAX_CHECKED_BODY = 256 * 1024;

    @Bean
    FilterRegistrationBean<EngineDoorFilter> engineDoorFilter(EngineLookups lookups) {
        FilterRegistrationBean<EngineDoorFilter> registration = new FilterRegistrationBean<>(new EngineDoorFilter(lookups));
        registration.setName("safeguarding-engine-door");
        registration.addUrlPatterns(EnginePath.REST + "/*", EnginePath.WEBAPP + "/*");
        // after Camunda's HTTP Basic filter (default order) and the webapps' own, so the caller is known
        registration.setOrder(Ordered.LOWEST_PRECEDENCE);
        return registration;
    }

    static class EngineDoorFilter extends OncePerRequestFilter {

        private static final Logger log = LoggerFactory.getLogger(EngineDoorFilter.class);
        private static final ObjectMapper JSON = new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

        private final EngineLookups lookups;

        EngineDoorFilter(EngineLookups lookups) {
            this.lookups = lookups;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String uri = request.getRequestURI().substring(request.getContextPath().length());
            Optional<EnginePath> found = EnginePath.of(request.getMethod(), uri);
            if (found.isEmpty()) {
                refuse(response, 400, "InvalidRequestException", "This path is not served");
                return;
            }
            EnginePath path = found.get();
            Optional<Problem> parameter = queryParameterWithExpression(request.getQueryString());
            if (parameter.isPresent()) {
                refuse(response, 400, "InvalidRequestException", parameter.get() + "; nothing was changed");
                return;
            }
            String engine = engineName(uri, path.webapp());
            boolean administrator = lookups.callerGroups(request, path.webapp(), engine)
                    .map(groups -> groups.contains(Roles.ADMINS)).orElse(false);
            Verdict verdict = EngineDoorRules.decide(path, administrator);
            if (verdict == Verdict.ALLOW) {
                chain.doFilter(request, response);
                return;
            }
            if (verdict == Verdict.FORBIDDEN) {
                log.info("Engine door refused {}", path);
                refuse(response, 403, "Forbidden", "This call is not open to you through the engine's API");
                return;
            }
            byte[] body = request.getInputStream().readNBytes(MAX_CHECKED_BODY + 1);
            if (body.length > MAX_CHECKED_BODY) {
                refuse(response, 413, "InvalidRequestException", "The request body is too large");
                return;
            }
            Optional<Problem> problem;
            try {
                problem = check(verdict, path, parse(body));
            } catch (IOException e) {
                refuse(response, 400, "InvalidRequestException", "The request body is not valid JSON");
                return;
            }
            if (problem.isPresent()) {
                log.info("Engine door refused {}: field {}", path, problem.get().field());
                boolean forbidden = problem.get().forbidden();
                refuse(response, forbidden ? 403 : 400, forbidden ? "Forbidden" : "InvalidRequestException",
                        problem.get() + "; nothing was changed");
                return;
            }
            chain.doFilter(new BufferedRequest(request, body), response);
        }

        private Optional<Problem> check(Verdict verdict, EnginePath path, JsonNode body) {
            return switch (verdict) {
                case START_FORM -> {
                    boolean byKey = path.segment(1).equals("key");
                    Optional<String> form = lookups.startForm(path.segment(byKey ? 2 : 1), byKey);
                    yield form.isEmpty() ? Optional.empty() : EngineBodyRules.startForm(body, fields(form.get()));
                }
                case TASK_FORM -> {
                    Optional<String> form = lookups.taskForm(path.segment(1));
                    yield form.isEmpty() ? Optional.empty() : EngineBodyRules.variables(body, fields(form.get()));
                }
                case FILTER_BODY -> EngineBodyRules.expressions(body, "");
                case QUERY_BODY -> EngineBodyRules.noExpressions(body, "");
                case FILTER_RUN -> lookups.storedExpressions(path.segment(1)).entrySet().stream()
                        .map(stored -> EngineBodyRules.expression("query." + stored.getKey(), stored.getValue()))
                        .flatMap(Optional::stream).findFirst()
                        .or(() -> EngineBodyRules.noExpressions(body, ""));
                case AUTHORIZATION_BODY -> EngineBodyRules.authorization(body).or(() -> path.is("PUT", "authorization/*")
                        ? lookups.grantResourceType(path.segment(1))
                                .filter(EngineBodyRules.CLOSED_RESOURCE_TYPES::contains)
                                .map(type -> Problem.closedGrant())
                        : Optional.empty());
                default -> throw new IllegalStateException("No check for " + verdict);
            };
        }

        /** The URL's own parameters (not a form body, which the resource must still be able to read). */
        private static Optional<Problem> queryParameterWithExpression(String query) {
            if (query == null) {
                return Optional.empty();
            }
            return Arrays.stream(query.split("&")).map(pair -> {
                String[] parts = pair.split("=", 2);
                return EngineBodyRules.noExpression(decode(parts[0]), parts.length > 1 ? decode(parts[1]) : "");
            }).flatMap(Optional::stream).findFirst();
        }

        private static String decode(String text) {
            try {
                return URLDecoder.decode(text, StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                return text;
            }
        }

        private static Map<String, String> fields(String form) {
            try {
                return form.isBlank() ? Map.of() : EngineBodyRules.declaredFields(JSON.readTree(form));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("A deployed form is not JSON", e);
            }
        }

        private static JsonNode parse(byte[] body) throws IOException {
            if (body.length == 0) {
                return JsonNodeFactory.instance.objectNode();
            }
            JsonNode node = JSON.readTree(body);
            return node == null || node.isMissingNode() ? JsonNodeFactory.instance.objectNode() : node;
        }

        private static String engineName(String uri, boolean webapp) {
            String marker = (webapp ? EnginePath.WEBAPP : EnginePath.REST) + "/engine/";
            if (!uri.startsWith(marker)) {
                return "default";
            }
            String rest = uri.substring(marker.length());
            return rest.contains("/") ? rest.substring(0, rest.indexOf('/')) : rest;
        }

        static void refuse(HttpServletResponse response, int status, String type, String message)
                throws IOException {
            ObjectNode error = JsonNodeFactory.instance.objectNode();
            error.put("type", type);
            error.put("message", message);
            response.setStatus(status);
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getOutputStream().write(JSON.writeValueAsBytes(error));
        }
    }

    /** The request with the body the door has already read, for the resource to read again. */
    static class BufferedRequest extends HttpServletRequestWrapper {

        private final byte[] body;

        BufferedRequest(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() throws IOException {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) throws IOException {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("synchronous only");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
