package uk.fostering.safeguarding.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.Instant;

@Entity
class SentNotification {

    enum Status { PENDING, SENT }

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

    boolean isSent() {
        return status == Status.SENT;
    }

    void sent(Instant now) {
        status = Status.SENT;
        updatedAt = now;
    }
}
