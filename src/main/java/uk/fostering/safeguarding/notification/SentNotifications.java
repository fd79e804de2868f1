package uk.fostering.safeguarding.notification;

import java.time.Clock;
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
    private final Clock clock;

    SentNotifications(SentNotificationRepository ledger, Clock clock) {
        this.ledger = ledger;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW, readOnly = true)
    public boolean alreadySettled(String key) {
        return ledger.findById(key).map(SentNotification::isSettled).orElse(false);
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void pending(String key, String recipientId) {
        if (!ledger.existsById(key)) {
            ledger.save(new SentNotification(key, recipientId, clock.instant()));
        }
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void sent(String key) {
        ledger.findById(key).ifPresent(n -> n.settle(SentNotification.Status.SENT, clock.instant()));
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void withheld(String key, String recipientId) {
        SentNotification notification = ledger.findById(key)
                .orElseGet(() -> ledger.save(new SentNotification(key, recipientId, clock.instant())));
        notification.settle(SentNotification.Status.WITHHELD, clock.instant());
    }
}
