package uk.fostering.safeguarding.security;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

/**
 * Security headers on the service's own pages and APIs (Camunda's webapps set their own), no caching of
 * anything that carries a child's record, a cap on request bodies (no form or API call of this service needs
 * more than 64 KB, see {@link BodyLimit}), and JSON only on the service's API.
 */
@Configuration(proxyBeanMethods = false)
class HttpHardening {

    /**
     * Responses that carry a child's record: the service's API, concern pages, the dashboard, the demo inbox, the carers' pages, and the
     * engine's data for Tasklist and Cockpit. A shared computer's browser or a proxy must not keep them.
     */
    private static final List<String> RECORD_PATHS = List.of("/api/", "/concerns/", "/dashboard", "/engine-rest/",
            "/camunda/api/", "/demo/", "/carer", "/manage", "/password");

    static final String NOT_JSON = """
            {"type":"about:blank","title":"Unsupported Media Type","status":415,\
            "detail":"Send the body as application/json (UTF-8)"}""";

    @Bean
    FilterRegistrationBean<Filter> securityHeaders() {
        Filter filter = (request, response, chain) -> {
            HttpServletRequest http = (HttpServletRequest) request;
            HttpServletResponse out = (HttpServletResponse) response;
            String path = http.getRequestURI();
            if (!path.startsWith("/camunda/")) {
                out.setHeader("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; "
                        + "style-src 'self' 'unsafe-inline'; object-src 'none'; base-uri 'self'; form-action 'self'; "
                        + "frame-ancestors 'none'");
                out.setHeader("X-Frame-Options", "DENY");
            }
            out.setHeader("X-Content-Type-Options", "nosniff");
            out.setHeader("Referrer-Policy", "no-referrer");
            if (request.isSecure()) {
                out.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
            }
            if (RECORD_PATHS.stream().anyMatch(path::startsWith)) {
                out = new NoStore(out);
            }
            if (path.startsWith("/api/") && BodyLimit.hasBody(http) && !isJson(http.getContentType())
                    && !(BodyLimit.IMPORT_PATH.equals(path) && isMultipart(http.getContentType()))) {
                out.setStatus(HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE);
                out.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                out.getOutputStream().write(NOT_JSON.getBytes(StandardCharsets.UTF_8));
                return;
            }
            BodyLimit.apply(http, out, chain);
        };
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(filter);
        registration.setName("safeguarding-security-headers");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /** Keeps "no-store" whatever the code behind sets: Camunda's REST API, for one, sends "no-cache". */
    static final class NoStore extends HttpServletResponseWrapper {

        private static final Set<String> CACHING = Set.of("cache-control", "pragma");

        NoStore(HttpServletResponse response) {
            super(response);
            forbidStoring();
        }

        private void forbidStoring() {
            super.setHeader("Cache-Control", "no-store");
            super.setHeader("Pragma", "no-cache");
        }

        @Override
        public void setHeader(String name, String value) {
            if (!CACHING.contains(name.toLowerCase(Locale.ROOT))) {
                super.setHeader(name, value);
            }
        }

        @Override
        public void addHeader(String name, String value) {
            if (!CACHING.contains(name.toLowerCase(Locale.ROOT))) {
                super.addHeader(name, value);
            }
        }

        @Override
        public void reset() {
            super.reset();
            forbidStoring();
        }
    }

    private static final MediaType MERGE_PATCH = MediaType.parseMediaType("application/merge-patch+json");

    /**
     * The API reads JSON only. Spring would also read XML and YAML, because libraries on the class path
     * bring Jackson's XML (jollyday) and YAML (swagger-core) formats; and YAML ignored unknown fields.
     */
    /** The registry's import alone takes its CSV files as multipart/form-data. */
    static boolean isMultipart(String contentType) {
        try {
            return contentType != null
                    && MediaType.MULTIPART_FORM_DATA.equalsTypeAndSubtype(MediaType.parseMediaType(contentType));
        } catch (InvalidMediaTypeException e) {
            return false;
        }
    }

    static boolean isJson(String contentType) {
        // the missing-person profile's PATCH is a JSON merge patch (RFC 7396), JSON by another name
        if (contentType == null) {
            return false;
        }
        try {
            MediaType type = MediaType.parseMediaType(contentType);
            String charset = type.getParameter("charset");
            return (MediaType.APPLICATION_JSON.equalsTypeAndSubtype(type) || MERGE_PATCH.equalsTypeAndSubtype(type))
                    && type.getParameters().keySet().stream().allMatch("charset"::equalsIgnoreCase)
                    && (charset == null || "utf-8".equals(charset.replace("\"", "").toLowerCase(Locale.ROOT)));
        } catch (InvalidMediaTypeException e) {
            return false;
        }
    }
}
