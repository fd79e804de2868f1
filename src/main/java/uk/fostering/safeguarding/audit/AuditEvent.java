package uk.fostering.safeguarding.audit;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** One line of the audit trail. Immutable: Hibernate never writes an update for it. */
@Entity
@Immutable
public class AuditEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Instant occurredAt;
    private String actor;
    private String action;
    private String reference;
    private String detail;

    protected AuditEvent() {
    }

    AuditEvent(Instant occurredAt, String actor, String action, String reference, String detail) {
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.action = action;
        this.reference = reference;
        this.detail = detail;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public String getAction() {
        return action;
    }

    public String getReference() {
        return reference;
    }

    public String getDetail() {
        return detail;
    }
}
