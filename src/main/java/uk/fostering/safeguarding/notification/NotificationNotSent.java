package uk.fostering.safeguarding.notification;

import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;

/**
 * An email that could not be sent. The message names the email by its key and the recipient by user
 * id, and the failure only by the kinds of exception: a mail server's answer quotes the recipient's
 * address (a rejected recipient), and this exception ends up in the job executor's log and in the
 * incident that Cockpit shows, which carry ids, never addresses. So the mail exception is not kept as
 * the cause.
 */
public class NotificationNotSent extends RuntimeException {

    /** For example "Email K to user sam was not sent: ...; email L to user mark was not sent: ...". */
    NotificationNotSent(Map<Email, MailException> failures) {
        super(failures.entrySet().stream().map(failure -> "email %s to user %s was not sent: %s".formatted(
                failure.getKey().key(), failure.getKey().recipientId(), kind(failure.getValue())))
                .collect(Collectors.joining("; ")).replaceFirst("^e", "E"));
    }

    /** For example "MailSendException caused by ConnectException" when the mail server is down. */
    private static String kind(MailException failure) {
        // Spring reports a failed send per message, not as the cause
        Throwable first = failure instanceof MailSendException send && send.getMessageExceptions().length > 0
                ? send.getMessageExceptions()[0]
                : failure;
        Throwable root = NestedExceptionUtils.getMostSpecificCause(first);
        return root == failure ? failure.getClass().getSimpleName()
                : failure.getClass().getSimpleName() + " caused by " + root.getClass().getSimpleName();
    }
}
