package uk.fostering.safeguarding.demo;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.annotation.PreDestroy;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;
import uk.fostering.safeguarding.notification.Mailer;

/**
 * The demo's own mail server (GreenMail, on 127.0.0.1 only): every email the service sends is caught here and
 * kept in memory until the app stops, so that a fresh clone shows its emails without a real mail server, and the
 * health check is UP. On only where {@code safeguarding.demo.mail.enabled} is true (the default profile sets it);
 * profile {@code prod} refuses to start with it, because real emails must reach real people.
 */
@Component
@ConditionalOnProperty(name = DemoMailServer.ENABLED, havingValue = "true")
public class DemoMailServer {

    static final String ENABLED = "safeguarding.demo.mail.enabled";
    static final String HOST = "127.0.0.1";

    private static final Logger log = LoggerFactory.getLogger(DemoMailServer.class);

    private final GreenMail server;

    DemoMailServer(Environment environment, JavaMailSenderImpl sender,
            @Value("${safeguarding.demo.mail.port:0}") int port) {
        if (environment.acceptsProfiles(Profiles.of("prod"))) {
            throw new IllegalStateException(ENABLED + " is for the demo only: profile prod sends real emails to real"
                    + " people and never catches them. Remove the setting.");
        }
        ServerSetup setup = new ServerSetup(port, HOST, ServerSetup.PROTOCOL_SMTP);
        server = new GreenMail(port == 0 ? setup.dynamicPort() : setup);
        server.start();
        int listening = server.getSmtp().getPort();
        // Spring Mail goes wherever spring.mail.* says; the demo's emails must come here, whatever port was free
        sender.setHost(HOST);
        sender.setPort(listening);
        log.info("Demo mail server on {}:{} catches every email; each demo person reads theirs at /demo/inbox",
                HOST, listening);
    }

    /** What was sent to this address, or to this person through {@code redirect-all-to}, in the order received. */
    List<MimeMessage> receivedBy(String userId, String address) {
        return Arrays.stream(server.getReceivedMessages()).filter(message -> isFor(message, userId, address)).toList();
    }

    private static boolean isFor(MimeMessage message, String userId, String address) {
        try {
            String[] intended = message.getHeader(Mailer.INTENDED_RECIPIENT);
            if (intended != null) {
                return intended[0].equals(userId);
            }
            return message.getAllRecipients() != null && Arrays.stream(message.getAllRecipients())
                    .anyMatch(recipient -> recipient.toString().equalsIgnoreCase(address));
        } catch (MessagingException e) {
            throw new IllegalStateException("Unreadable caught email", e);
        }
    }

    @PreDestroy
    void stop() {
        server.stop();
    }
}
