package uk.fostering.safeguarding.notification;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sender address, and an optional address that receives every email instead of the real
 * recipient: test and demo environments set it so that no real person is ever mailed from them.
 */
@ConfigurationProperties("safeguarding.mail")
public record MailSettings(@DefaultValue("safeguarding@localhost") String from, String redirectAllTo) {
}
