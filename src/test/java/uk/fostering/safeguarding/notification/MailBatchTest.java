package uk.fostering.safeguarding.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import uk.fostering.safeguarding.IntegrationTest;
import uk.fostering.safeguarding.TestMail;

/**
 * The emails of one job go together (one ledger read, one write of their PENDING rows, one connection, one write
 * marking them SENT), each keeping its own ledger row; one that fails does not hold the others back, and a retry
 * sends only what was not sent.
 */
@IntegrationTest
class MailBatchTest {

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(TestMail.SMTP);

    /** The application's, sending to GreenMail. */
    @Autowired
    Mailer mailer;
    @Autowired
    ApplicationContext app;

    @Test
    void twoEmailsOfOneCallArriveEachWithItsOwnSentRowAndARetrySendsNothing() {
        List<Email> emails = List.of(email("mark", "mark@example.org"), email("rachel", "rachel@example.org"));

        assertThat(mailer.sendAll(emails)).containsExactlyElementsOf(emails);
        assertThat(mailer.sendAll(emails)).isEmpty();

        assertThat(deliveredKeys()).containsExactlyInAnyOrder(emails.get(0).key(), emails.get(1).key());
        assertThat(statuses(emails)).containsExactly("SENT", "SENT");
    }

    @Test
    void anEmailListedTwiceIsSentOnce() {
        Email email = email("mark", "mark@example.org");

        assertThat(mailer.sendAll(List.of(email, email))).containsExactly(email);

        assertThat(deliveredKeys()).containsExactly(email.key());
    }

    @Test
    void anEmailThatCannotBeBuiltFailsAloneAndOnlyItIsTriedAgain() {
        Email good = email("mark", "mark@example.org");
        Email unparseable = email("sam", "sam<example.org");

        NotificationNotSent failure = catchThrowableOfType(NotificationNotSent.class,
                () -> mailer.sendAll(List.of(unparseable, good)));
        catchThrowableOfType(NotificationNotSent.class, () -> mailer.sendAll(List.of(unparseable, good)));

        assertThat(failure).hasMessageStartingWith("Email " + unparseable.key() + " to user sam was not sent")
                .hasMessageNotContaining(good.key());
        assertThat(deliveredKeys()).containsExactly(good.key());
        assertThat(statuses(List.of(unparseable, good))).containsExactly("PENDING", "SENT");
    }

    @Test
    void aRecipientTheServerRefusesFailsAloneAndTheOthersWentOverOneConnection() {
        List<Integer> connections = new ArrayList<>();
        JavaMailSenderImpl refusingRachel = new JavaMailSenderImpl() {
            @Override
            protected void doSend(MimeMessage[] messages, Object[] originals) {
                // one call of doSend is one connection; the server refuses rachel's RCPT TO, as Spring reports it
                connections.add(messages.length);
                MimeMessage refused = Arrays.stream(messages).filter(m -> TestMail.recipient(m).startsWith("rachel"))
                        .findFirst().orElseThrow();
                super.doSend(Arrays.stream(messages).filter(m -> m != refused).toArray(MimeMessage[]::new), null);
                throw new MailSendException(Map.of(refused, new SendFailedException("Invalid Addresses")));
            }
        };
        refusingRachel.setHost("localhost");
        refusingRachel.setPort(TestMail.PORT);
        Mailer refusing = new Mailer(refusingRachel, app.getBean(MailTemplates.class), app.getBean(SentNotifications.class),
                app.getBean(MailSettings.class));
        Email mark = email("mark", "mark@example.org");
        Email rachel = email("rachel", "rachel@example.org");
        Email eddie = email("eddie", "eddie@example.org");

        NotificationNotSent failure = catchThrowableOfType(NotificationNotSent.class,
                () -> refusing.sendAll(List.of(mark, rachel, eddie)));

        assertThat(connections).containsExactly(3);
        assertThat(failure).hasMessage("Email " + rachel.key() + " to user rachel was not sent: MailSendException "
                + "caused by SendFailedException");
        assertThat(deliveredKeys()).containsExactlyInAnyOrder(mark.key(), eddie.key());
        assertThat(statuses(List.of(mark, rachel, eddie))).containsExactly("SENT", "PENDING", "SENT");

        // when the server takes rachel's email again, the retry sends it and only it
        assertThat(mailer.sendAll(List.of(mark, rachel, eddie)))
                .containsExactly(rachel);
        assertThat(deliveredKeys()).containsExactlyInAnyOrder(mark.key(), eddie.key(), rachel.key());
    }

    private List<String> deliveredKeys() {
        return Arrays.stream(mail.getReceivedMessages()).map(m -> {
            try {
                return m.getHeader("X-Safeguarding-Key", null);
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private List<String> statuses(List<Email> emails) {
        Map<String, SentNotification.Status> ledger = app.getBean(SentNotifications.class)
                .statuses(emails.stream().map(Email::key).toList());
        return emails.stream().map(email -> ledger.get(email.key()).name()).toList();
    }

    private static Email email(String userId, String address) {
        return new Email("SC-2099-000002|ESCALATION|" + userId + "|" + UUID.randomUUID(), userId, address,
                "Escalation", "concern-raised",
                Map.of("reference", "SC-2099-000002", "link", "http://localhost:8080/concerns/SC-2099-000002"));
    }
}
