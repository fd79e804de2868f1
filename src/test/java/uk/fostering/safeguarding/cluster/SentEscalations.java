package uk.fostering.safeguarding.cluster;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;

/** The escalation emails a test's SMTP server received, by the ledger key each carries in a header. */
final class SentEscalations {

    private SentEscalations() {
    }

    /** One key per email received (duplicates kept, so that a test can prove there are none). */
    static List<String> keys(GreenMailExtension mail) {
        return Arrays.stream(mail.getReceivedMessages()).map(SentEscalations::key)
                .filter(key -> key.contains("|ESCALATION|")).toList();
    }

    private static String key(MimeMessage message) {
        try {
            return message.getHeader("X-Safeguarding-Key")[0];
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
