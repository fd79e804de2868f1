package uk.fostering.safeguarding;

import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

/**
 * The SMTP port of this test JVM: free when the JVM starts, so that two builds on one machine (two
 * work trees, a build beside a benchmark) never meet on a fixed port. The application under test
 * sends to it ({@link DatabaseUnderTest} sets {@code spring.mail.port}) and GreenMail listens on it.
 */
public final class TestMail {

    public static final int PORT = freePort();
    public static final ServerSetup SMTP = new ServerSetup(PORT, null, ServerSetup.PROTOCOL_SMTP);

    /** Where every link in an email starts ({@code safeguarding.base-url} as the tests leave it). */
    public static final String BASE_URL = "http://localhost:8080";

    private TestMail() {
    }

    /** The whole message as text, its quoted-printable soft line breaks joined and its "=" decoded. */
    public static String text(MimeMessage message) {
        return GreenMailUtil.getWholeMessage(message).replaceAll("=\\r?\\n", "").replace("=3D", "=");
    }

    /** The email's link (the first address on the service, as the text part gives it), or "(no link)". */
    public static String linkIn(MimeMessage message) {
        String text = text(message);
        int start = text.indexOf(BASE_URL);
        return start < 0 ? "(no link)" : text.substring(start).split("[\\s\"<]")[0];
    }

    /** The email's (only) recipient's address. */
    public static String recipient(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
