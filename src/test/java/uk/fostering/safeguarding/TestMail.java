package uk.fostering.safeguarding;

import com.icegreen.greenmail.util.ServerSetup;
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

    private TestMail() {
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
