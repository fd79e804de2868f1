package uk.fostering.safeguarding.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The service's pages' protection against cross-site form posts (the dashboard's, the carers'): a random token
 * kept in the signed-in session (the Tasklist login's) and written into each of their forms; a post without the
 * session's token changes nothing. The same pattern as Camunda's own CSRF filter on the webapps, which does not cover this page.
 */
public final class FormToken {

    public static final String FIELD = "_csrf";
    private static final String ATTRIBUTE = FormToken.class.getName();
    private static final SecureRandom RANDOM = new SecureRandom();

    private FormToken() {
    }

    /** The session's token, made on first use. */
    public static String of(HttpServletRequest request) {
        HttpSession session = request.getSession();
        synchronized (session) {
            Object token = session.getAttribute(ATTRIBUTE);
            if (token instanceof String existing) {
                return existing;
            }
            byte[] bytes = new byte[32];
            RANDOM.nextBytes(bytes);
            String made = HexFormat.of().formatHex(bytes);
            session.setAttribute(ATTRIBUTE, made);
            return made;
        }
    }

    public static boolean matches(HttpServletRequest request, String sent) {
        HttpSession session = request.getSession(false);
        Object token = session == null ? null : session.getAttribute(ATTRIBUTE);
        return token instanceof String expected && sent != null && MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.UTF_8), sent.getBytes(StandardCharsets.UTF_8));
    }
}
