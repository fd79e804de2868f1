package uk.fostering.safeguarding.security;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import uk.fostering.safeguarding.audit.Audit;
import uk.fostering.safeguarding.notification.Links;
import uk.fostering.safeguarding.notification.Mailer;
import uk.fostering.safeguarding.notification.Notification;
import uk.fostering.safeguarding.notification.NotificationNotSent;
import uk.fostering.safeguarding.registry.Registry;
import uk.fostering.safeguarding.security.IdentityChange.Kind;
import uk.fostering.safeguarding.security.process.Identities;
import uk.fostering.safeguarding.security.process.Identities.Person;

/**
 * What follows a change to someone's login that went through: someone else changing the login of a
 * person who sees concerns (password, groups, unlock, profile, deletion) is a line in the audit trail
 * and an email to the registered manager and to the person (at the address they had before); a person
 * changing their own name or address, where their notices go, is a line in the audit trail. The emails
 * say what changed, who and when, never a password or an address.
 */
@Component
class IdentityChangeNotices {

    private static final Logger log = LoggerFactory.getLogger(IdentityChangeNotices.class);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.UK);

    private final Audit audit;
    private final Mailer mailer;
    private final Registry registry;
    private final Identities identities;
    private final Links links;
    private final Clock clock;

    IdentityChangeNotices(Audit audit, Mailer mailer, Registry registry, Identities identities, Links links, Clock clock) {
        this.audit = audit;
        this.mailer = mailer;
        this.registry = registry;
        this.identities = identities;
        this.links = links;
        this.clock = clock;
    }

    /** @param before the person as they were before the change; empty when there was nobody to change */
    void changed(String actor, IdentityChange change, Optional<Person> before) {
        if (before.isEmpty()) {
            return;
        }
        Person person = before.get();
        boolean self = actor.equals(person.id());
        boolean seesConcerns = AdministratorRule.holdsContentRole(person.groups())
                || change.groupId() != null && AdministratorRule.CONTENT_GROUPS.contains(change.groupId());
        String detail = detail(change, person);
        if (self && (change.kind() == Kind.PROFILE || change.kind() == Kind.PASSWORD)) {
            audit.record(actor, change.kind().action, Audit.personReference(person.id()), detail + " by the person");
        } else if (!self && seesConcerns) {
            audit.record(actor, change.kind().action, Audit.personReference(person.id()), detail);
            tell(actor, person, detail);
        }
    }

    private String detail(IdentityChange change, Person before) {
        return switch (change.kind()) {
            case PASSWORD -> "password changed";
            case UNLOCK -> "login unlocked";
            case DELETE -> "login deleted";
            case JOIN -> "added to " + change.groupId();
            case LEAVE -> "removed from " + change.groupId();
            case PROFILE -> identities.person(before.id()).map(after -> profileChange(before, after))
                    .orElse("profile changed");
        };
    }

    private static String profileChange(Person before, Person after) {
        boolean name = !Objects.equals(before.firstName(), after.firstName())
                || !Objects.equals(before.lastName(), after.lastName());
        boolean email = !Objects.equals(before.email(), after.email());
        if (name && email) {
            return "name and email address changed";
        }
        return name ? "name changed" : email ? "email address changed" : "profile saved unchanged";
    }

    private void tell(String actor, Person person, String detail) {
        Set<String> recipients = new LinkedHashSet<>();
        registry.registeredManager().ifPresent(recipients::add);
        recipients.add(person.id());
        String id = UUID.randomUUID().toString();
        Notification.LoginChange notice = new Notification.LoginChange(id, person.id(), detail, actor,
                WHEN.format(clock.instant().atZone(clock.getZone())), links.person(person.id()));
        for (String recipient : recipients) {
            Optional<String> address = recipient.equals(person.id()) ? Optional.ofNullable(person.email())
                    : identities.person(recipient).map(Person::email);
            if (address.isEmpty() || address.get().isBlank()) {
                log.warn("Identity change {} of {}: {} has no email address to be told at", id, person.id(), recipient);
                continue;
            }
            try {
                mailer.send(notice.to(recipient, address.get()));
            } catch (NotificationNotSent e) {
                // the audit line stands; the change itself is not undone because a mail server is down
                log.warn("Identity change {} of {}: email to {} not sent", id, person.id(), recipient, e);
            }
        }
    }
}
