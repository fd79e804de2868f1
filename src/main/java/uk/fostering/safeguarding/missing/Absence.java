package uk.fostering.safeguarding.missing;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A child away from where they should be, with their whereabouts known or believed known ("absent" in the 2014
 * statutory guidance): watched until the time they must be back by, with no police step. It ends when the child is
 * back, or becomes a missing episode when they are not back in time or are reported missing meanwhile.
 */
@Entity
public class Absence {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String childId;
    /** The child's open concern when the absence was recorded, if any: its chronology carries the absence. */
    private String concernReference;
    @Enumerated(EnumType.STRING)
    private AbsenceStatus status;
    private Instant awaySince;
    private String believedToBe;
    private Instant backBy;
    private String reportedBy;
    private Instant reportedAt;
    private Instant endedAt;
    private String endedBy;
    /** The concern whose missing episode the absence became. */
    private String missingReference;
    @Version
    private Long version;

    protected Absence() {
    }

    Absence(String childId, String concernReference, AbsenceReport report, String reportedBy, Instant reportedAt) {
        this.childId = childId;
        this.concernReference = concernReference;
        this.status = AbsenceStatus.ABSENT;
        this.awaySince = report.awaySince();
        this.believedToBe = report.believedToBe();
        this.backBy = report.backBy();
        this.reportedBy = reportedBy;
        this.reportedAt = reportedAt;
    }

    /** The absence's own reference, for people and for its watch in the engine (its business key). */
    public static String reference(long id) {
        return "AB-%06d".formatted(id);
    }

    void back(Instant at, String by) {
        this.status = AbsenceStatus.BACK;
        this.endedAt = at;
        this.endedBy = by;
    }

    void becameMissing(String reference, Instant at, String by) {
        this.status = AbsenceStatus.MISSING;
        this.missingReference = reference;
        this.endedAt = at;
        this.endedBy = by;
    }

    public Long getId() {
        return id;
    }

    public String getReference() {
        return reference(id);
    }

    public String getChildId() {
        return childId;
    }

    public String getConcernReference() {
        return concernReference;
    }

    public AbsenceStatus getStatus() {
        return status;
    }

    public Instant getAwaySince() {
        return awaySince;
    }

    public String getBelievedToBe() {
        return believedToBe;
    }

    public Instant getBackBy() {
        return backBy;
    }

    public String getReportedBy() {
        return reportedBy;
    }

    public Instant getEndedAt() {
        return endedAt;
    }

    public String getMissingReference() {
        return missingReference;
    }
}
