package uk.fostering.safeguarding.concern;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import uk.fostering.safeguarding.shared.RiskLevel;

/**
 * A carer's concern about a child and everything written about it along the way. This record,
 * not the process, holds the narrative: it stays in one place under one access rule.
 */
@Entity
public class Concern {

    @Id
    private Long id;
    private String reference;
    @Column(name = "child_id")
    private String childId;
    @Enumerated(EnumType.STRING)
    private ConcernCategory category;
    private String summary;
    /** Indicator codes, comma separated: a short closed list read only with the concern. */
    private String indicators;
    private Instant observedAt;
    private boolean childMissing;
    private boolean immediateDanger;
    @Enumerated(EnumType.STRING)
    private RiskLevel riskLevel;
    @Enumerated(EnumType.STRING)
    private ConcernStatus status;
    private String raisedBy;
    private Instant raisedAt;

    private String recordFacts;
    private String recordChildWords;
    private String recordCarerView;
    private String recordedBy;
    private Instant recordedAt;

    private String advice;
    private Boolean mayTalkWithChild;
    private String talkGuidance;
    private String advisedBy;
    private Instant advisedAt;

    @Enumerated(EnumType.STRING)
    private NextStep decision;
    private String decisionReasons;
    private String decidedBy;
    private Instant decidedAt;

    private String talkNotes;
    private String talkedBy;
    private Instant talkedAt;

    private String closingNote;
    private String closedBy;
    private Instant closedAt;

    @Version
    private Long version;

    protected Concern() {
    }

    Concern(long id, String reference, RaiseConcern raise, String raisedBy, Instant raisedAt) {
        this.id = id;
        this.reference = reference;
        this.childId = raise.childId();
        this.category = raise.category();
        this.summary = raise.summary();
        this.indicators = raise.indicators().stream().map(Enum::name).distinct().collect(Collectors.joining(","));
        this.observedAt = raise.observedAt();
        this.childMissing = raise.childMissing();
        this.immediateDanger = raise.immediateDanger();
        this.status = ConcernStatus.OPEN;
        this.raisedBy = raisedBy;
        this.raisedAt = raisedAt;
    }

    void assessRisk(RiskLevel level) {
        this.riskLevel = level;
    }

    void record(RecordStep step, String by, Instant at) {
        this.recordFacts = step.facts();
        this.recordChildWords = step.childWords();
        this.recordCarerView = step.carerView();
        this.recordedBy = by;
        this.recordedAt = at;
    }

    void advise(AdviceStep step, String by, Instant at) {
        this.advice = step.advice();
        this.mayTalkWithChild = step.mayTalkWithChild();
        this.talkGuidance = step.mayTalkWithChild() ? step.talkGuidance() : null;
        this.advisedBy = by;
        this.advisedAt = at;
    }

    void decide(DecisionStep step, String by, Instant at) {
        this.decision = step.decision();
        this.decisionReasons = step.reasons();
        this.decidedBy = by;
        this.decidedAt = at;
    }

    void talked(TalkStep step, String by, Instant at) {
        this.talkNotes = step.notes();
        this.talkedBy = by;
        this.talkedAt = at;
    }

    void close(CloseStep step, String by, Instant at) {
        this.closingNote = step.closingNote();
        this.closedBy = by;
        this.closedAt = at;
        this.status = ConcernStatus.CLOSED;
    }

    public List<Indicator> indicatorList() {
        if (indicators.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(indicators.split(",")).map(Indicator::valueOf).toList();
    }

    public Long getId() {
        return id;
    }

    public String getReference() {
        return reference;
    }

    public String getChildId() {
        return childId;
    }

    public ConcernCategory getCategory() {
        return category;
    }

    public String getSummary() {
        return summary;
    }

    public Instant getObservedAt() {
        return observedAt;
    }

    public boolean isChildMissing() {
        return childMissing;
    }

    public boolean isImmediateDanger() {
        return immediateDanger;
    }

    public RiskLevel getRiskLevel() {
        return riskLevel;
    }

    public ConcernStatus getStatus() {
        return status;
    }

    public String getRaisedBy() {
        return raisedBy;
    }

    public Instant getRaisedAt() {
        return raisedAt;
    }

    public String getRecordFacts() {
        return recordFacts;
    }

    public String getRecordChildWords() {
        return recordChildWords;
    }

    public String getRecordCarerView() {
        return recordCarerView;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public String getAdvice() {
        return advice;
    }

    public Boolean getMayTalkWithChild() {
        return mayTalkWithChild;
    }

    public String getTalkGuidance() {
        return talkGuidance;
    }

    public Instant getAdvisedAt() {
        return advisedAt;
    }

    public NextStep getDecision() {
        return decision;
    }

    public String getDecisionReasons() {
        return decisionReasons;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getTalkNotes() {
        return talkNotes;
    }

    public Instant getTalkedAt() {
        return talkedAt;
    }

    public String getClosingNote() {
        return closingNote;
    }

    public Instant getClosedAt() {
        return closedAt;
    }
}
