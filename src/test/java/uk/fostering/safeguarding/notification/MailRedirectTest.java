package uk.fostering.safeguarding.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.javamail.JavaMailSender;
import uk.fostering.safeguarding.IntegrationTest;
import uk.fostering.safeguarding.TestMail;

/** In test and demo environments every email can go to one inbox instead of a real person. */
@IntegrationTest
class MailRedirectTest {

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(TestMail.SMTP);

    @Autowired
    JavaMailSender sender;
    @Autowired
    MailTemplates templates;
    @Autowired
    SentNotifications ledger;

    @Test
    void everyEmailGoesToTheRedirectAddressNamingTheIntendedRecipient() throws Exception {
        Mailer redirecting = new Mailer(sender, templates, ledger,
                new MailSettings("safeguarding@localhost", "demo-inbox@example.org"));
        String key = "SC-2026-999999|CONCERN_RAISED|sam|" + UUID.randomUUID();

        assertThat(redirecting.send(new Email(key, "sam", "sam@example.org", "New safeguarding concern", "concern-raised",
                Map.of("reference", "SC-2026-999999", "link", "http://localhost:8080/concerns/SC-2026-999999")))).isTrue();
        assertThat(redirecting.send(new Email(key, "sam", "sam@example.org", "New safeguarding concern", "concern-raised",
                Map.of("reference", "SC-2026-999999", "link", "http://localhost:8080/concerns/SC-2026-999999")))).isFalse();

        MimeMessage[] received = mail.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getAllRecipients()[0]).hasToString("demo-inbox@example.org");
        assertThat(received[0].getHeader("X-Safeguarding-Intended-Recipient")).containsExactly("sam");
    }
}
