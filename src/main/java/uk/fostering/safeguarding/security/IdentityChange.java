package uk.fostering.safeguarding.security;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A write to a person's login through Camunda's REST API, either door: /engine-rest (also with a named
 * engine) or the webapps' own copy under /camunda/api/engine/engine/{name}. The path is the servlet's
 * decoded and normalised one, as the REST resources see it.
 */
record IdentityChange(Kind kind, String userId, String groupId, boolean webapp) {

    enum Kind {
        PASSWORD("PASSWORD_CHANGED"), PROFILE("PROFILE_CHANGED"), UNLOCK("LOGIN_UNLOCKED"),
        DELETE("PERSON_DELETED"), JOIN("GROUP_JOINED"), LEAVE("GROUP_LEFT");

        /** The audit trail's action. */
        final String action;

        Kind(String action) {
            this.action = action;
        }
    }

    private static final Pattern REST = Pattern.compile("^(/engine-rest(?:/engine/[^/]+)?|/camunda/api/engine/engine/[^/]+)"
            + "(/.*?)/*$");
    private static final Pattern USER = Pattern.compile("/user/([^/]+)(/credentials|/profile|/unlock)?");
    private static final Pattern MEMBER = Pattern.compile("/group/([^/]+)/members/([^/]+)");

    static Optional<IdentityChange> of(String method, String path) {
        Matcher rest = REST.matcher(path);
        if (!rest.matches()) {
            return Optional.empty();
        }
        boolean webapp = rest.group(1).startsWith("/camunda/");
        String resource = rest.group(2);
        Matcher user = USER.matcher(resource);
        if (user.matches()) {
            Kind kind = switch (method + " " + (user.group(2) == null ? "" : user.group(2))) {
                case "PUT /credentials" -> Kind.PASSWORD;
                case "PUT /profile" -> Kind.PROFILE;
                case "POST /unlock" -> Kind.UNLOCK;
                case "DELETE " -> Kind.DELETE;
                default -> null;
            };
            return Optional.ofNullable(kind).map(k -> new IdentityChange(k, user.group(1), null, webapp));
        }
        Matcher member = MEMBER.matcher(resource);
        if (member.matches() && (method.equals("PUT") || method.equals("DELETE"))) {
            return Optional.of(new IdentityChange(method.equals("PUT") ? Kind.JOIN : Kind.LEAVE, member.group(2),
                    member.group(1), webapp));
        }
        return Optional.empty();
    }
}
