package uk.fostering.safeguarding.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import uk.fostering.safeguarding.IntegrationTest;
import uk.fostering.safeguarding.TestMail;

/**
 * Test and demo servers: every email can go to one inbox instead of a real person (redirect-all); a server that
 * may mail only some people has an allow-list: an email to anyone else is not sent, fails nothing, and is settled
 * in the ledger as WITHHELD so that a retry never sends it, even after the list has changed.
 */
@IntegrationTest
class MailFiltersTest {

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(TestMail.SMTP);

    @Autowired
    JavaMailSender sender;
    @Autowired
    MailTemplates templates;
    @Autowired
    SentNotifications ledger;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyEmailGoesToTheRedirectAddressNamingTheIntendedRecipient() throws Exception {
        Mailer redirecting = mailer("demo-inbox@example.org");
        Email toSam = email("sam", "sam@example.org");

        assertThat(redirecting.send(toSam)).isTrue();
        assertThat(redirecting.send(toSam)).isFalse();

        MimeMessage[] received = mail.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getAllRecipients()[0]).hasToString("demo-inbox@example.org");
        assertThat(received[0].getHeader("X-Safeguarding-Intended-Recipient")).containsExactly("sam");
    }

    @Test
    void onlyAddressesAndDomainsOnTheListAreEmailed() throws Exception {
        Mailer mailer = mailer(null, "sam@fostering.example", "@council.example");
        Email toSam = email("sam", "sam@fostering.example");
        Email toSophie = email("sophie", "Sophie@Council.example");
        Email toMark = email("mark", "mark@elsewhere.example");

        assertThat(mailer.send(toSam)).isTrue();
        assertThat(mailer.send(toSophie)).isTrue();
        assertThat(mailer.send(toMark)).as("withheld, and no exception for the job").isFalse();

        assertThat(mail.getReceivedMessages()).extracting(m -> m.getAllRecipients()[0].toString())
                .containsExactly("sam@fostering.example", "Sophie@Council.example");
        assertThat(status(toSam)).isEqualTo("SENT");
        assertThat(status(toMark)).isEqualTo("WITHHELD");
        assertThat(recipient(toMark)).isEqualTo("mark");
    }

    @Test
    void aWithheldEmailIsNeverTriedAgain() {
        Email toMark = email("mark", "mark@elsewhere.example");
        assertThat(mailer(null, "@council.example").send(toMark)).isFalse();

        // a retried job, even once the list lets everyone through
        assertThat(mailer(null).send(toMark)).isFalse();
        assertThat(mailer(null, "@council.example").send(toMark)).isFalse();

        assertThat(mail.getReceivedMessages()).isEmpty();
        assertThat(status(toMark)).isEqualTo("WITHHELD");
    }

    /** README: the allow-list decides by the real address whether an email goes at all; redirect-all then says where. */
    @Test
    void withRedirectAllTheListIsCheckedOnTheRealAddressAndWhatPassesGoesToTheRedirectInbox() throws Exception {
        Mailer mailer = mailer("demo-inbox@example.org", "@council.example");
        Email toSophie = email("sophie", "sophie@council.example");
        Email toMark = email("mark", "mark@elsewhere.example");

        assertThat(mailer.send(toSophie)).isTrue();
        assertThat(mailer.send(toMark)).isFalse();

        MimeMessage[] received = mail.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getAllRecipients()[0]).hasToString("demo-inbox@example.org");
        assertThat(received[0].getHeader("X-Safeguarding-Intended-Recipient")).containsExactly("sophie");
        assertThat(status(toMark)).isEqualTo("WITHHELD");
    }

    @Test
    void theRedirectInboxItselfNeedNotBeOnTheList() {
        assertThat(mailer("demo-inbox@example.org", "sophie@council.example")
                .send(email("sophie", "sophie@council.example"))).isTrue();

        assertThat(mail.getReceivedMessages()).hasSize(1);
    }

    private Mailer mailer(String redirectAllTo, String... allowed) {
        return new Mailer(sender, templates, ledger, new MailSettings("safeguarding@localhost", redirectAllTo,
                List.of(allowed)));
    }

    private static Email email(String recipientId, String address) {
        String reference = "SC-2026-999998";
        return new Email(reference + "|CONCERN_RAISED|" + recipientId + "|" + UUID.randomUUID(), recipientId, address,
                "New safeguarding concern", "concern-raised",
                Map.of("reference", reference, "link", "http://localhost:8080/concerns/" + reference));
    }

    private String status(Email email) {
        return jdbc.queryForObject("select status from sent_notification where notification_key = ?", String.class,
                email.key());
    }

    private String recipient(Email email) {
        return jdbc.queryForObject("select recipient_id from sent_notification where notification_key = ?",
                String.class, email.key());
    }
}
