package uk.fostering.safeguarding.notification;

import java.util.Map;

/**
 * One email: {@code key} says what it is about and to whom, so the same email is never sent twice;
 * {@code template} names the pair of templates (HTML and text) under templates/mail/.
 */
public record Email(String key, String recipientId, String address, String subject, String template,
        Map<String, Object> model) {
}
