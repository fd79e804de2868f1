package uk.fostering.safeguarding.security;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A request to one of the engine's two HTTP doors, reduced to what Camunda's REST resources route
 * on: the method and the path below the engine ({@code /engine-rest}, {@code /engine-rest/engine/{name}}
 * or Tasklist's {@code /camunda/api/engine/engine/{name}}), split into segments. Matrix parameters
 * ({@code ;x=y}) are dropped and each segment is decoded, as JAX-RS does before it matches a
 * resource, so that {@code /message;x} or {@code /mess%61ge} is seen as {@code /message}. A path the
 * resources could read differently from us (an encoded slash, a dot segment) is no engine path.
 */
record EnginePath(String method, List<String> segments, boolean webapp) {

    static final String REST = "/engine-rest";
    static final String WEBAPP = "/camunda/api/engine";

    EnginePath {
        segments = List.copyOf(segments);
    }

    /** The path of {@code uri} (without the context path) below the engine, if it is one of the doors and unambiguous. */
    static Optional<EnginePath> of(String method, String uri) {
        boolean webapp;
        String rest;
        if (uri.equals(REST) || uri.startsWith(REST + "/")) {
            webapp = false;
            rest = uri.substring(REST.length());
        } else if (uri.equals(WEBAPP) || uri.startsWith(WEBAPP + "/")) {
            webapp = true;
            rest = uri.substring(WEBAPP.length());
        } else {
            return Optional.empty();
        }
        List<String> segments = new ArrayList<>();
        for (String raw : rest.split("/")) {
            String plain = raw.contains(";") ? raw.substring(0, raw.indexOf(';')) : raw;
            String decoded;
            try {
                decoded = URLDecoder.decode(plain.replace("+", "%2B"), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
            if (decoded.contains("/") || decoded.contains("\\") || decoded.equals(".") || decoded.equals("..")) {
                return Optional.empty();
            }
            if (!decoded.isEmpty()) {
                segments.add(decoded);
            }
        }
        // the webapp always names its engine; /engine-rest may (/engine-rest/engine/default/...)
        if (segments.size() >= 2 && segments.get(0).equals("engine")) {
            segments = segments.subList(2, segments.size());
        } else if (webapp) {
            // /camunda/api/engine/engine (the list of engines) or something Camunda does not serve
            return Optional.of(new EnginePath(method.toUpperCase(), List.of("engine"), true));
        }
        return Optional.of(new EnginePath(method.toUpperCase(), segments, webapp));
    }

    /** Whether the path is {@code pattern}, in which {@code *} stands for any one segment. */
    boolean is(String method, String pattern) {
        if (!this.method.equals(method)) {
            return false;
        }
        String[] parts = pattern.isEmpty() ? new String[0] : pattern.split("/");
        if (parts.length != segments.size()) {
            return false;
        }
        for (int i = 0; i < parts.length; i++) {
            if (!parts[i].equals("*") && !parts[i].equals(segments.get(i))) {
                return false;
            }
        }
        return true;
    }

    boolean startsWith(String first) {
        return !segments.isEmpty() && segments.get(0).equals(first);
    }

    String segment(int index) {
        return index < segments.size() ? segments.get(index) : "";
    }

    String last() {
        return segments.isEmpty() ? "" : segments.get(segments.size() - 1);
    }

    @Override
    public String toString() {
        return method + " /" + String.join("/", segments);
    }
}
