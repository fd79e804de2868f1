package uk.fostering.safeguarding.demo;

import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One email the demo mail server caught, as the inbox page shows it: when, the subject, the links of its plain-text
 * body. Emails carry only a reference and links, so nothing else is needed to show what the person was sent.
 */
record CaughtEmail(Instant sent, String subject, List<String> links, Optional<String> reference) {

    private static final Pattern LINK = Pattern.compile("https?://\\S+");
    private static final Pattern REFERENCE = Pattern.compile("SC-\\d{4}-\\d{6}");

    static CaughtEmail of(MimeMessage message) {
        try {
            String subject = message.getSubject() == null ? "" : message.getSubject();
            Matcher reference = REFERENCE.matcher(subject);
            return new CaughtEmail(message.getSentDate().toInstant(), subject,
                    LINK.matcher(plainText(message)).results().map(match -> match.group()).distinct().toList(),
                    reference.find() ? Optional.of(reference.group()) : Optional.empty());
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("Unreadable caught email", e);
        }
    }

    /** The text/plain alternative, wherever the multipart structure puts it. */
    private static String plainText(Part part) throws MessagingException, IOException {
        if (part.isMimeType("text/plain")) {
            return part.getContent().toString();
        }
        if (part.getContent() instanceof Multipart parts) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < parts.getCount(); i++) {
                text.append(plainText(parts.getBodyPart(i)));
            }
            return text.toString();
        }
        return "";
    }
}
