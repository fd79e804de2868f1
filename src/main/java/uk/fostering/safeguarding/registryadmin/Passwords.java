package uk.fostering.safeguarding.registryadmin;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.fostering.safeguarding.audit.Audit;
import uk.fostering.safeguarding.registry.Leavers;
import uk.fostering.safeguarding.registryadmin.LoginLinks.Issued;
import uk.fostering.safeguarding.registryadmin.LoginLinks.Purpose;
import uk.fostering.safeguarding.registryadmin.process.Logins;
import uk.fostering.safeguarding.security.LoginThrottle;
import uk.fostering.safeguarding.security.LoginThrottle.Limit;
import uk.fostering.safeguarding.security.process.Identities;

/**
 * People set their own passwords: through the one-time link of their invitation, or a new link that "Forgotten your
 * password?" sends. Asking for a link answers the same whether or not the address belongs to anyone, and is
 * throttled per address asked for and per source, as wrong passwords are, so it can neither list the service's
 * people nor flood an inbox.
 */
@Service
public class Passwords {

    static final int MIN_LENGTH = 12;
    static final int MAX_LENGTH = 128;
    /** 3 links asked for one address from one source within an hour; 10 from one source, whatever the addresses. */
    static final Limit PER_ADDRESS_AND_SOURCE = new Limit(3, Duration.ofHours(1), Duration.ofHours(1));
    static final Limit PER_SOURCE = new Limit(10, Duration.ofHours(1), Duration.ofHours(1));

    private static final Logger log = LoggerFactory.getLogger(Passwords.class);

    private final LoginLinks links;
    private final Logins logins;
    private final Identities identities;
    private final Leavers leavers;
    private final Audit audit;
    private final LoginThrottle throttle;

    Passwords(LoginLinks links, Logins logins, Identities identities, Leavers leavers, Audit audit, Clock clock) {
        this.links = links;
        this.logins = logins;
        this.identities = identities;
        this.leavers = leavers;
        this.audit = audit;
        this.throttle = new LoginThrottle(clock, PER_ADDRESS_AND_SOURCE, PER_SOURCE);
    }

    /** What is wrong with a new password, in words for the page; empty when it keeps the rules. */
    static Optional<String> problem(String userId, String password) {
        if (password == null || password.isEmpty()) {
            return Optional.of("Enter a password");
        }
        if (password.length() < MIN_LENGTH) {
            return Optional.of("Password must be " + MIN_LENGTH + " characters or more");
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of("Password must be " + MAX_LENGTH + " characters or fewer");
        }
        if (password.toLowerCase(Locale.ROOT).contains(userId.toLowerCase(Locale.ROOT))) {
            return Optional.of("Password must not contain your user name");
        }
        if (password.chars().distinct().count() < 4) {
            return Optional.of("Password must not be one or a few characters repeated");
        }
        return Optional.empty();
    }

    /** The person a link is for, while it can be used. */
    public Optional<String> holder(String token) {
        return links.holder(token);
    }

    /**
     * Sets the person's password through their link and uses the link up, in one transaction: a link used,
     * replaced or expired meanwhile sets nothing (empty).
     */
    @Transactional
    public Optional<String> set(String token, String password) {
        Optional<String> userId = links.use(token);
        userId.ifPresent(id -> {
            logins.setPassword(id, password);
            audit.record(id, LoginLinks.AUDIT_PASSWORD_SET, Audit.personReference(id), "password set by the person "
                    + "through a one-time link");
        });
        return userId;
    }

    /** How long a source must wait before asking again, if it must. */
    public Optional<Duration> waitBefore(String email, String source) {
        return throttle.waitBefore(email.toLowerCase(Locale.ROOT), source);
    }

    /**
     * A new link for the one person with this address, if there is one and they have not left; nothing otherwise.
     * Every request counts towards the throttle.
     */
    public void forgotten(String email, String source) {
        throttle.failed(email.toLowerCase(Locale.ROOT), source);
        List<String> users = logins.withEmail(email);
        if (users.size() != 1 || leavers.leftOn(users.get(0)).isPresent()) {
            log.info("New password link asked for an address that is no current login's ({} logins)", users.size());
            return;
        }
        String userId = users.get(0);
        Issued issued = links.issue(userId, Purpose.RESET, userId);
        identities.person(userId).ifPresent(person -> links.send(issued, person.email()));
    }
}
