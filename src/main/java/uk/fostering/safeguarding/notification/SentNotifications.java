package uk.fostering.safeguarding.notification;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ledger of emails, written in its own transactions: a job that sent an email and then failed
 * (its own transaction rolled back) still finds the email marked SENT when it is retried.
 */
@Component
class SentNotifications {

    private final SentNotificationRepository ledger;
    private final EntityManager entities;
    private final Clock clock;

    SentNotifications(SentNotificationRepository ledger, EntityManager entities, Clock clock) {
        this.ledger = ledger;
        this.entities = entities;
        this.clock = clock;
    }

    /** The rows these keys have in the ledger, by key; a key without a row is missing. One query. */
    @Transactional(propagation = Propagation.REQUIRES_NEW, readOnly = true)
    public Map<String, SentNotification.Status> statuses(Collection<String> keys) {
        Map<String, SentNotification.Status> statuses = new HashMap<>();
        ledger.findAllById(keys).forEach(n -> statuses.put(n.key(), n.status()));
        return statuses;
    }

    /**
     * A PENDING row for each of these emails, which the caller found without one: persisted, not merged, so that
     * no row is read again first. One that another node wrote meanwhile fails the insert, and so the job, which
     * then retries.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void pending(List<Email> unrecorded) {
        unrecorded.forEach(email -> entities.persist(new SentNotification(email.key(), email.recipientId(), clock.instant())));
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void sent(Collection<String> keys) {
        ledger.settle(keys, SentNotification.Status.SENT, clock.instant());
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void withheld(String key, String recipientId) {
        SentNotification notification = ledger.findById(key)
                .orElseGet(() -> ledger.save(new SentNotification(key, recipientId, clock.instant())));
        notification.settle(SentNotification.Status.WITHHELD, clock.instant());
    }
}
