package uk.fostering.safeguarding;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A test's view of its mail server: the emails it has not looked at yet, and the last one to an address. */
public final class TestInbox {

    private final GreenMailExtension mail;
    /** The emails seen so far, by key: GreenMail lists its messages inbox by inbox, not in the order they came. */
    private final Set<String> seen = new HashSet<>();

    public TestInbox(GreenMailExtension mail) {
        this.mail = mail;
    }

    /** The emails received since the last call, each as "recipient subject link". */
    public List<String> newEmails() throws MessagingException {
        List<String> fresh = new ArrayList<>();
        for (MimeMessage message : mail.getReceivedMessages()) {
            if (seen.add(message.getHeader("X-Safeguarding-Key")[0])) {
                fresh.add(message.getAllRecipients()[0] + " " + message.getSubject() + " " + TestMail.linkIn(message));
            }
        }
        return fresh;
    }

    public MimeMessage lastTo(String address) throws MessagingException {
        MimeMessage last = null;
        for (MimeMessage message : mail.getReceivedMessages()) {
            if (message.getAllRecipients()[0].toString().equals(address)) {
                last = message;
            }
        }
        return last;
    }
}
