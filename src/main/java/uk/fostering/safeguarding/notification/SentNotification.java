package uk.fostering.safeguarding.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.Instant;

@Entity
class SentNotification {

    /** WITHHELD: not sent on purpose (the allow-list), and never to be tried again. */
    enum Status {
        PENDING, SENT, WITHHELD;

        /** Sent or withheld: nothing more to do for this email. */
        boolean isSettled() {
            return this != PENDING;
        }
    }

    @Id
    @Column(name = "notification_key")
    private String key;
    @Enumerated(EnumType.STRING)
    private Status status;
    private String recipientId;
    private Instant updatedAt;

    protected SentNotification() {
    }

    SentNotification(String key, String recipientId, Instant now) {
        this.key = key;
        this.recipientId = recipientId;
        this.status = Status.PENDING;
        this.updatedAt = now;
    }

    String key() {
        return key;
    }

    Status status() {
        return status;
    }

    void settle(Status outcome, Instant now) {
        status = outcome;
        updatedAt = now;
    }
}
