package uk.fostering.safeguarding.notifiable;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;

/** A row of the register: one notifiable event of a concern and the two notifications it needs. */
@Entity
public class NotifiableEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(updatable = false)
    private String concernReference;
    @Column(updatable = false)
    private String childId;
    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    private NotifiableEventKind kind;
    /** Which event of this kind on the concern (the missing episode's number; 1, 2, ... for others). */
    @Column(updatable = false)
    private int occurrence;
    @Column(updatable = false)
    private Instant occurredAt;
    @Column(updatable = false)
    private String registeredBy;
    @Column(updatable = false)
    private Instant registeredAt;
    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "at", column = @Column(name = "ofsted_notified_at")),
            @AttributeOverride(name = "reference", column = @Column(name = "ofsted_reference")),
            @AttributeOverride(name = "by", column = @Column(name = "ofsted_recorded_by"))})
    private Notified ofsted;
    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "at", column = @Column(name = "authority_notified_at")),
            @AttributeOverride(name = "reference", column = @Column(name = "authority_reference")),
            @AttributeOverride(name = "by", column = @Column(name = "authority_recorded_by"))})
    private Notified placingAuthority;
    @Version
    private Long version;

    protected NotifiableEvent() {
    }

    NotifiableEvent(String concernReference, String childId, NotifiableEventKind kind, int occurrence,
            Instant occurredAt, String registeredBy, Instant registeredAt) {
        this.concernReference = concernReference;
        this.childId = childId;
        this.kind = kind;
        this.occurrence = occurrence;
        this.occurredAt = occurredAt;
        this.registeredBy = registeredBy;
        this.registeredAt = registeredAt;
    }

    void ofstedNotified(Notified notified) {
        this.ofsted = notified;
    }

    void placingAuthorityNotified(Notified notified) {
        this.placingAuthority = notified;
    }

    public Long getId() {
        return id;
    }

    public String getConcernReference() {
        return concernReference;
    }

    public String getChildId() {
        return childId;
    }

    public NotifiableEventKind getKind() {
        return kind;
    }

    public int getOccurrence() {
        return occurrence;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getRegisteredBy() {
        return registeredBy;
    }

    public Instant getRegisteredAt() {
        return registeredAt;
    }

    /** Empty (null) until the registered manager records it. */
    public Notified getOfsted() {
        return ofsted;
    }

    public Notified getPlacingAuthority() {
        return placingAuthority;
    }
}
