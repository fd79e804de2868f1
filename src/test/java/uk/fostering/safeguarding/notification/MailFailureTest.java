package uk.fostering.safeguarding.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import jakarta.mail.SendFailedException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import uk.fostering.safeguarding.IntegrationTest;

/**
 * A failed email fails loudly (the job retries, then an incident) but names the email by key and the
 * person by user id only: the failure is logged and shown in Cockpit, so it must not quote addresses.
 */
@IntegrationTest
class MailFailureTest {

    private static final MailSettings SETTINGS = new MailSettings("safeguarding@localhost", null, List.of());

    @Autowired
    JavaMailSender sender;
    @Autowired
    MailTemplates templates;
    @Autowired
    SentNotifications ledger;

    @Test
    void aRejectedRecipientIsReportedByKeyAndUserIdWithoutTheAddressTheServerQuoted() {
        JavaMailSenderImpl rejecting = new JavaMailSenderImpl() {
            @Override
            protected void doSend(MimeMessage[] messages, Object[] originals) {
                // what Angus Mail and Spring report when the server answers RCPT TO with 550
                throw new MailSendException(Map.of(messages[0], new SendFailedException("Invalid Addresses",
                        new SMTPAddressFailedException(address("sam@example.org"), "RCPT TO", 550,
                                "550 5.1.1 <sam@example.org>: Recipient address rejected"))));
            }
        };
        Email email = email("sam@example.org");

        NotificationNotSent failure = catchThrowableOfType(NotificationNotSent.class,
                () -> new Mailer(rejecting, templates, ledger, SETTINGS).send(email));

        assertThat(failure).hasMessage("Email " + email.key()
                + " to user sam was not sent: MailSendException caused by SMTPAddressFailedException");
        assertThat(stackTraceOf(failure)).doesNotContain("example.org");
    }

    @Test
    void anAddressThatCannotBeParsedIsReportedWithoutQuotingIt() {
        Email email = email("sam<example.org");

        NotificationNotSent failure = catchThrowableOfType(NotificationNotSent.class,
                () -> new Mailer(sender, templates, ledger, SETTINGS).send(email));

        assertThat(failure).hasMessageContaining(email.key()).hasMessageContaining("AddressException");
        assertThat(stackTraceOf(failure)).doesNotContain("example.org");
    }

    private static Email email(String address) {
        return new Email("SC-2099-000001|CONCERN_RAISED|sam|" + UUID.randomUUID(), "sam", address,
                "New safeguarding concern", "concern-raised",
                Map.of("reference", "SC-2099-000001", "link", "http://localhost:8080/concerns/SC-2099-000001"));
    }

    private static InternetAddress address(String address) {
        try {
            return new InternetAddress(address);
        } catch (jakarta.mail.internet.AddressException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static String stackTraceOf(Throwable failure) {
        StringWriter trace = new StringWriter();
        failure.printStackTrace(new PrintWriter(trace));
        return trace.toString();
    }
}
