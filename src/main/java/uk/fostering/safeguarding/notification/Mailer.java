package uk.fostering.safeguarding.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.MailSendException;
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
 * The emails of one call share those transactions and one connection to the mail server (each email keeps its
 * own ledger row): a burst of escalations otherwise waits on a connection, and three commits, per email.
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
        return !sendAll(List.of(email)).isEmpty();
    }

    /**
     * Sends those of the emails not sent (or withheld) before, an email listed twice once. When some cannot be
     * built or the mail server does not take them, the others are still sent and marked so, and the exception
     * names those that were not: a retry sends only them.
     *
     * @return the emails this call sent, in the order given
     * @throws NotificationNotSent when any of them could not be sent
     */
    public List<Email> sendAll(List<Email> emails) {
        Map<String, Email> byKey = new LinkedHashMap<>();
        emails.forEach(email -> byKey.putIfAbsent(email.key(), email));
        Map<String, SentNotification.Status> recorded = ledger.statuses(byKey.keySet());
        List<Email> due = new ArrayList<>();
        for (Email email : byKey.values()) {
            SentNotification.Status status = recorded.get(email.key());
            if (status != null && status.isSettled()) {
                log.info("Email {} to {} was sent or withheld before; not sending again", email.key(), email.recipientId());
            } else if (!settings.allows(email.address())) {
                ledger.withheld(email.key(), email.recipientId());
                log.info("Email {} to {} withheld: the address is not on safeguarding.mail.allowed-recipients",
                        email.key(), email.recipientId());
            } else {
                due.add(email);
            }
        }
        if (due.isEmpty()) {
            return List.of();
        }
        List<Email> unrecorded = due.stream().filter(email -> !recorded.containsKey(email.key())).toList();
        if (!unrecorded.isEmpty()) {
            ledger.pending(unrecorded);
        }
        Map<Email, MailException> failures = new LinkedHashMap<>();
        // a MimeMessage is equal only to itself: the mail server's failures name the very messages handed over
        Map<MimeMessage, Email> messages = new LinkedHashMap<>();
        for (Email email : due) {
            try {
                messages.put(message(email), email);
            } catch (MailException e) {
                failures.put(email, e);
            }
        }
        if (!messages.isEmpty()) {
            try {
                sender.send(messages.keySet().toArray(MimeMessage[]::new));
            } catch (MailException e) {
                failures.putAll(failedOf(e, messages));
            }
        }
        List<Email> sent = messages.values().stream().filter(email -> !failures.containsKey(email)).toList();
        if (!sent.isEmpty()) {
            ledger.sent(sent.stream().map(Email::key).toList());
            sent.forEach(email -> log.info("Email {} sent to {}", email.key(), email.recipientId()));
        }
        if (!failures.isEmpty()) {
            throw new NotificationNotSent(failures);
        }
        return sent;
    }

    /**
     * The emails the failure is about: those a {@link MailSendException} names (the mail server refused them, or the
     * connection broke before them); every one when it names none, as then which went is not known, and sending
     * one again is safer than sending none.
     */
    private static Map<Email, MailException> failedOf(MailException failure, Map<MimeMessage, Email> messages) {
        Map<Email, MailException> failed = new LinkedHashMap<>();
        if (failure instanceof MailSendException send && !send.getFailedMessages().isEmpty()) {
            // each with its own message's failure, so that each is reported by what happened to it
            send.getFailedMessages().forEach((message, cause) -> Optional.ofNullable(messages.get(message))
                    .ifPresent(email -> failed.put(email, new MailSendException(Map.of(message, cause)))));
        } else {
            messages.values().forEach(email -> failed.put(email, failure));
        }
        return failed;
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
