package uk.fostering.safeguarding.missing;

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
import java.util.function.Function;
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

    /** Each step's part: empty (null) until the step is done. */
    @Embedded
    private PoliceCall policeCall;
    @Embedded
    private DiscussionHeld discussion;
    @Embedded
    private ChildBack back;
    @Embedded
    private InterviewHeld interview;
    @Embedded
    private RiskReview review;
    @Embedded
    private HandOver handOver;
    @Embedded
    private InterviewArranged arranged;

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
        this.policeCall = new PoliceCall(report.policeCalledAt(), report.policeReference(), report.clothing(),
                report.lastSeenDetails(), by);
    }

    void discussed(StrategyDiscussion held, String by) {
        this.discussion = new DiscussionHeld(held.heldAt(), held.notes(), by);
    }

    void returned(Instant at, String by) {
        this.back = new ChildBack(at, by);
        this.status = EpisodeStatus.RETURNED;
    }

    void interviewed(ReturnInterview held, String by) {
        this.interview = new InterviewHeld(held.interviewedAt(), held.notes(), by);
    }

    void reviewed(String note, String by, Instant at) {
        this.review = new RiskReview(at, note, by);
    }

    void handedOver(String notes, String by, Instant at) {
        this.handOver = new HandOver(at, notes, by);
    }

    void interviewArranged(String interviewer, String by, Instant at) {
        this.arranged = new InterviewArranged(interviewer, at, by);
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
        return ofPart(policeCall, PoliceCall::at);
    }

    public String getPoliceReference() {
        return ofPart(policeCall, PoliceCall::policeReference);
    }

    public String getClothing() {
        return ofPart(policeCall, PoliceCall::clothing);
    }

    public String getLastSeenDetails() {
        return ofPart(policeCall, PoliceCall::lastSeenDetails);
    }

    public String getDiscussionNotes() {
        return ofPart(discussion, DiscussionHeld::notes);
    }

    public String getInterviewNotes() {
        return ofPart(interview, InterviewHeld::notes);
    }

    public String getReviewNote() {
        return ofPart(review, RiskReview::note);
    }

    public Instant getDiscussionHeldAt() {
        return ofPart(discussion, DiscussionHeld::at);
    }

    public Instant getReturnedAt() {
        return ofPart(back, ChildBack::at);
    }

    public Instant getInterviewedAt() {
        return ofPart(interview, InterviewHeld::at);
    }

    public Instant getReviewedAt() {
        return ofPart(review, RiskReview::at);
    }

    public String getHandOverNotes() {
        return ofPart(handOver, HandOver::notes);
    }

    public Instant getHandedOverAt() {
        return ofPart(handOver, HandOver::at);
    }

    public String getInterviewerId() {
        return ofPart(arranged, InterviewArranged::interviewer);
    }

    public Instant getInterviewArrangedAt() {
        return ofPart(arranged, InterviewArranged::at);
    }

    /** A step's value, or null while the step is not done. */
    private static <P, T> T ofPart(P part, Function<P, T> value) {
        return part == null ? null : value.apply(part);
    }
}
