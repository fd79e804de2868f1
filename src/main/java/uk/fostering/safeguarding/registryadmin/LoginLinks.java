package uk.fostering.safeguarding.registryadmin;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.fostering.safeguarding.audit.Audit;
import uk.fostering.safeguarding.notification.Email;
import uk.fostering.safeguarding.notification.Mailer;
import uk.fostering.safeguarding.notification.NotificationNotSent;
import uk.fostering.safeguarding.notification.ServiceAddress;
import uk.fostering.safeguarding.shared.ServiceTime;

/**
 * One-time links to set a password (table {@code login_link}, V25): an invitation when a login is made for a new
 * person, a new link when someone has forgotten their password. The token is 32 random bytes, given out once in
 * the email and stored only as its SHA-256 hash; a link works once, until it expires
 * ({@code safeguarding.login-links.valid-for}, 72 hours), and a newer link for the same person replaces it. Nobody
 * but the person ever sees a password: administrators and managers only cause a link to be sent.
 */
@Service
public class LoginLinks {

    static final String AUDIT_SENT = "LOGIN_LINK_SENT";
    static final String AUDIT_PASSWORD_SET = "PASSWORD_SET";

    private static final Logger log = LoggerFactory.getLogger(LoginLinks.class);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm", Locale.UK);

    /** Why a link was sent: it decides the email's words. */
    public enum Purpose {
        INVITATION, RESET
    }

    /** A link as made: the token itself exists only here and in the email. */
    public record Issued(String linkId, String userId, Purpose purpose, String token, Instant expiresAt) {
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Duration validFor;
    private final Mailer mailer;
    private final Audit audit;
    private final String baseUrl;

    LoginLinks(JdbcTemplate jdbc, Clock clock, @Value("${safeguarding.login-links.valid-for:PT72H}") Duration validFor,
            Mailer mailer, Audit audit, ServiceAddress address) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.validFor = validFor;
        this.mailer = mailer;
        this.audit = audit;
        this.baseUrl = address.baseUrl();
    }

    /** A new link for the person, replacing any earlier one not yet used; in the caller's transaction. */
    @Transactional
    public Issued issue(String userId, Purpose purpose, String actor) {
        Instant now = clock.instant();
        jdbc.update("update login_link set superseded_at = ? where user_id = ? and used_at is null "
                + "and superseded_at is null", Timestamp.from(now), userId);
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Issued issued = new Issued(UUID.randomUUID().toString(), userId, purpose, token, now.plus(validFor));
        jdbc.update("insert into login_link (id, user_id, purpose, token_hash, created_by, created_at, expires_at) "
                + "values (?, ?, ?, ?, ?, ?, ?)", issued.linkId(), userId, purpose.name(), hash(token), actor,
                Timestamp.from(now), Timestamp.from(issued.expiresAt()));
        audit.record(actor, AUDIT_SENT, Audit.personReference(userId), (purpose == Purpose.INVITATION
                ? "invitation to set a password" : "link to set a new password") + ", valid until " + issued.expiresAt());
        return issued;
    }

    /**
     * Emails the link; call it after the transaction that made it has committed. A mail server that is down leaves
     * the link unsent (logged by id); the person or a manager asks for a new one.
     *
     * @return true when the email went (or had gone) out
     */
    public boolean send(Issued issued, String address) {
        Map<String, Object> model = Map.of("invitation", issued.purpose() == Purpose.INVITATION, "userId",
                issued.userId(), "link", baseUrl + "/password/" + issued.token(), "expires",
                WHEN.format(issued.expiresAt().atZone(ServiceTime.ZONE)));
        String subject = issued.purpose() == Purpose.INVITATION ? "Safeguarding service: set your password"
                : "Safeguarding service: set a new password";
        try {
            mailer.send(new Email("login-link|" + issued.linkId() + "|" + issued.userId(), issued.userId(), address,
                    subject, "login-link", model));
            return true;
        } catch (NotificationNotSent e) {
            log.warn("Login link {} for {} not sent", issued.linkId(), issued.userId(), e);
            return false;
        }
    }

    /** The person whose link this is, while it can still be used; empty for a used, replaced, expired or unknown one. */
    @Transactional(readOnly = true)
    public Optional<String> holder(String token) {
        List<String> users = jdbc.queryForList("select user_id from login_link where token_hash = ? and used_at is null "
                + "and superseded_at is null and expires_at > ?", String.class, hash(token), Timestamp.from(clock.instant()));
        return users.stream().findFirst();
    }

    /**
     * Uses the link up, if it can still be used: one update, so two requests with the same link cannot both succeed.
     * In the caller's transaction, which sets the password.
     */
    @Transactional
    public Optional<String> use(String token) {
        Optional<String> holder = holder(token);
        Timestamp now = Timestamp.from(clock.instant());
        if (holder.isEmpty() || jdbc.update("update login_link set used_at = ? where token_hash = ? and used_at is null "
                + "and superseded_at is null and expires_at > ?", now, hash(token), now) != 1) {
            return Optional.empty();
        }
        return holder;
    }

    private static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }
}
