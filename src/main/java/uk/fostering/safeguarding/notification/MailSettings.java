package uk.fostering.safeguarding.notification;

import java.util.List;
import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sender address and two filters for servers that must not mail real people freely. {@code allowedRecipients}
 * (addresses, or {@code @domain} for a whole domain; empty lets everyone through) decides whether an email goes
 * at all, by the real recipient's address; {@code redirectAllTo} then sends every email that passed to one
 * address instead (test and demo environments).
 */
@ConfigurationProperties("safeguarding.mail")
public record MailSettings(@DefaultValue("safeguarding@localhost") String from, String redirectAllTo,
        @DefaultValue List<String> allowedRecipients) {

    public MailSettings {
        allowedRecipients = allowedRecipients.stream().map(entry -> entry.trim().toLowerCase(Locale.ROOT)).toList();
        for (String entry : allowedRecipients) {
            int at = entry.indexOf('@');
            if (at < 0 || at != entry.lastIndexOf('@') || at == entry.length() - 1) {
                throw new IllegalArgumentException("safeguarding.mail.allowed-recipients: \"" + entry
                        + "\" is neither an address (name@domain) nor a domain (@domain)");
            }
        }
    }

    boolean isRedirected() {
        return redirectAllTo != null && !redirectAllTo.isBlank();
    }

    /** Whether an email to this (real) address may be sent: on the list by address or by domain, or no list. */
    boolean allows(String address) {
        if (allowedRecipients.isEmpty()) {
            return true;
        }
        String wanted = address.trim().toLowerCase(Locale.ROOT);
        String domain = wanted.substring(wanted.lastIndexOf('@') + 1);
        return allowedRecipients.stream().anyMatch(entry -> entry.equals(wanted) || entry.equals("@" + domain));
    }
}
