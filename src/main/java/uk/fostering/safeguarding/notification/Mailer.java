package uk.fostering.safeguarding.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Sends each email once. The ledger entry is written (PENDING) before sending and marked SENT after,
 * each in its own transaction: a retry after a successful send sends nothing; a crash between the two
 * may send once more, which is safer for a safeguarding notice than sending none. An email to an address
 * that {@code safeguarding.mail.allowed-recipients} leaves out is not sent and goes in the ledger as
 * WITHHELD, so that no retry tries it again.
 * Logs carry the key and the recipient's id, never the address or the content.
 */
@Component
public class Mailer {

    /** Names the person an email was meant for when {@code redirect-all-to} sends it to another inbox. */
    public static final String INTENDED_RECIPIENT = "X-Safeguarding-Intended-Recipient";

    private static final Logger log = LoggerFactory.getLogger(Mailer.class);

    private final JavaMailSender sender;
    private final ITemplateEngine templates;
    private final SentNotifications ledger;
    private final MailSettings settings;

    Mailer(JavaMailSender sender, MailTemplates templates, SentNotifications ledger, MailSettings settings) {
        this.sender = sender;
        this.templates = templates.engine();
        this.ledger = ledger;
        this.settings = settings;
    }

    /**
     * @return true when this call sent the email; false when it had been sent (or withheld) before, or is withheld now
     * @throws NotificationNotSent when the message cannot be built or the mail server does not take it
     */
    public boolean send(Email email) {
        if (ledger.alreadySettled(email.key())) {
            log.info("Email {} to {} was sent or withheld before; not sending again", email.key(), email.recipientId());
            return false;
        }
        if (!settings.allows(email.address())) {
            ledger.withheld(email.key(), email.recipientId());
            log.info("Email {} to {} withheld: the address is not on safeguarding.mail.allowed-recipients",
                    email.key(), email.recipientId());
            return false;
        }
        ledger.pending(email.key(), email.recipientId());
        try {
            sender.send(message(email));
        } catch (MailException e) {
            throw new NotificationNotSent(email, e);
        }
        ledger.sent(email.key());
        log.info("Email {} sent to {}", email.key(), email.recipientId());
        return true;
    }

    private MimeMessage message(Email email) {
        Context context = new Context(Locale.UK, email.model());
        MimeMessage message = sender.createMimeMessage();
        try {
            MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
            helper.setFrom(settings.from());
            boolean redirected = settings.isRedirected();
            helper.setTo(redirected ? settings.redirectAllTo() : email.address());
            if (redirected) {
                message.setHeader(INTENDED_RECIPIENT, email.recipientId());
            }
            helper.setSubject(email.subject());
            helper.setText(templates.process("mail/" + email.template() + ".txt", context),
                    templates.process("mail/" + email.template() + ".html", context));
            message.setHeader("X-Safeguarding-Key", email.key());
        } catch (MessagingException e) {
            throw new MailPreparationException(e);
        }
        return message;
    }
}
