package uk.fostering.safeguarding.allegation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * A concern about the carer or someone in their household: who it keeps out, its referral to the designated
 * officer (LADO) and, if a manager decides so, when the carers may see it again.
 */
@Entity
public class HouseholdAllegation {

    @Id
    private String concernReference;
    @Column(updatable = false)
    private String childId;
    /** Comma-separated user ids: the household's carers when it was raised or marked. */
    @Column(updatable = false)
    private String excludedCarers;
    @Column(updatable = false)
    private String markedBy;
    @Column(updatable = false)
    private Instant markedAt;
    @Column(updatable = false)
    private String reason;
    private Instant ladoReferredAt;
    private String ladoAdvice;
    private String ladoReference;
    private String ladoRecordedBy;
    private String carerMaySeeBy;
    private Instant carerMaySeeAt;
    private String carerMaySeeReason;
    @Version
    private Long version;

    protected HouseholdAllegation() {
    }

    HouseholdAllegation(String concernReference, String childId, List<String> excludedCarers, String markedBy,
            Instant markedAt, String reason) {
        this.concernReference = concernReference;
        this.childId = childId;
        this.excludedCarers = String.join(",", excludedCarers);
        this.markedBy = markedBy;
        this.markedAt = markedAt;
        this.reason = reason;
    }

    void referredToLado(Instant at, String advice, String reference, String by) {
        this.ladoReferredAt = at;
        this.ladoAdvice = advice;
        this.ladoReference = reference;
        this.ladoRecordedBy = by;
    }

    void carersMaySee(String by, Instant at, String why) {
        this.carerMaySeeBy = by;
        this.carerMaySeeAt = at;
        this.carerMaySeeReason = why;
    }

    public String getConcernReference() {
        return concernReference;
    }

    public String getChildId() {
        return childId;
    }

    public List<String> excludedCarers() {
        return excludedCarers.isEmpty() ? List.of() : Arrays.asList(excludedCarers.split(","));
    }

    public String getMarkedBy() {
        return markedBy;
    }

    public Instant getMarkedAt() {
        return markedAt;
    }

    /** Why an open concern was marked; null when it was raised as one. */
    public String getReason() {
        return reason;
    }

    /** Null until the registered manager records the referral. */
    public Instant getLadoReferredAt() {
        return ladoReferredAt;
    }

    public String getLadoAdvice() {
        return ladoAdvice;
    }

    public String getLadoReference() {
        return ladoReference;
    }

    public String getLadoRecordedBy() {
        return ladoRecordedBy;
    }

    /** Null unless a manager decided that the carers may see the concern again. */
    public String getCarerMaySeeBy() {
        return carerMaySeeBy;
    }

    public Instant getCarerMaySeeAt() {
        return carerMaySeeAt;
    }

    public String getCarerMaySeeReason() {
        return carerMaySeeReason;
    }

    public boolean carersMaySee() {
        return carerMaySeeAt != null;
    }
}
