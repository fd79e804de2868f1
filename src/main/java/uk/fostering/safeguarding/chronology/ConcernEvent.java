package uk.fostering.safeguarding.chronology;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** One line of a concern's chronology. Written once, never changed. */
@Entity
public class ConcernEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "concern_id", updatable = false)
    private Long concernId;
    @Column(updatable = false)
    private Instant occurredAt;
    @Column(updatable = false)
    private String actor;
    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    private ConcernEventType type;
    @Column(updatable = false)
    private String note;

    protected ConcernEvent() {
    }

    public ConcernEvent(Long concernId, Instant occurredAt, String actor, ConcernEventType type, String note) {
        this.concernId = concernId;
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.type = type;
        this.note = note;
    }

    public Long getConcernId() {
        return concernId;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public ConcernEventType getType() {
        return type;
    }

    public String getNote() {
        return note;
    }
}
