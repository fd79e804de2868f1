package uk.fostering.safeguarding.missing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import uk.fostering.safeguarding.concern.Concern;

/**
 * One time a child went missing from care, and what each person recorded about it: the report to
 * the police, a strategy discussion if the child stayed away, the return and the return interview.
 */
@Entity
public class MissingEpisode {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "concern_id", updatable = false)
    private Long concernId;
    @Column(updatable = false)
    private String concernReference;
    @Column(name = "child_id", updatable = false)
    private String childId;
    @Column(updatable = false)
    private int episodeNumber;
    @Enumerated(EnumType.STRING)
    private EpisodeStatus status;
    private Instant missingSince;
    private String circumstances;
    private String reportedBy;
    private Instant reportedAt;

    private Instant policeCalledAt;
    private String policeReference;
    private String clothing;
    private String lastSeenDetails;
    private String policeReportedBy;

    private Instant discussionHeldAt;
    private String discussionNotes;
    private String discussedBy;

    private Instant returnedAt;
    private String returnReportedBy;

    private Instant interviewedAt;
    private String interviewNotes;
    private String interviewedBy;

    private Instant reviewedAt;
    private String reviewNote;
    private String reviewedBy;

    @Version
    private Long version;

    protected MissingEpisode() {
    }

    MissingEpisode(Concern concern, int episodeNumber, MissingReport report, String reportedBy, Instant reportedAt) {
        this.concernId = concern.getId();
        this.concernReference = concern.getReference();
        this.childId = concern.getChildId();
        this.episodeNumber = episodeNumber;
        this.status = EpisodeStatus.MISSING;
        this.missingSince = report.lastSeenAt();
        this.circumstances = report.circumstances();
        this.reportedBy = reportedBy;
        this.reportedAt = reportedAt;
    }

    void reportedToPolice(PoliceReport report, String by) {
        this.policeCalledAt = report.policeCalledAt();
        this.policeReference = report.policeReference();
        this.clothing = report.clothing();
        this.lastSeenDetails = report.lastSeenDetails();
        this.policeReportedBy = by;
    }

    void discussed(StrategyDiscussion discussion, String by) {
        this.discussionHeldAt = discussion.heldAt();
        this.discussionNotes = discussion.notes();
        this.discussedBy = by;
    }

    void returned(Instant at, String by) {
        this.returnedAt = at;
        this.returnReportedBy = by;
        this.status = EpisodeStatus.RETURNED;
    }

    void interviewed(ReturnInterview interview, String by) {
        this.interviewedAt = interview.interviewedAt();
        this.interviewNotes = interview.notes();
        this.interviewedBy = by;
    }

    void reviewed(String note, String by, Instant at) {
        this.reviewNote = note;
        this.reviewedBy = by;
        this.reviewedAt = at;
    }

    void close() {
        this.status = EpisodeStatus.CLOSED;
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

    public int getEpisodeNumber() {
        return episodeNumber;
    }

    public EpisodeStatus getStatus() {
        return status;
    }

    public Instant getMissingSince() {
        return missingSince;
    }

    public String getCircumstances() {
        return circumstances;
    }

    public String getReportedBy() {
        return reportedBy;
    }

    public Instant getPoliceCalledAt() {
        return policeCalledAt;
    }

    public String getPoliceReference() {
        return policeReference;
    }

    public String getClothing() {
        return clothing;
    }

    public String getLastSeenDetails() {
        return lastSeenDetails;
    }

    public String getDiscussionNotes() {
        return discussionNotes;
    }

    public String getInterviewNotes() {
        return interviewNotes;
    }

    public String getReviewNote() {
        return reviewNote;
    }

    public Instant getDiscussionHeldAt() {
        return discussionHeldAt;
    }

    public Instant getReturnedAt() {
        return returnedAt;
    }

    public Instant getInterviewedAt() {
        return interviewedAt;
    }

    public Instant getReviewedAt() {
        return reviewedAt;
    }
}
