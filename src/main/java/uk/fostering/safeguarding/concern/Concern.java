package uk.fostering.safeguarding.concern;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
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
    /** Asked only with the child in immediate danger: whether, when and under which reference the police were called. */
    private Boolean policeCalled;
    private Instant policeCalledAt;
    private String policeReference;
    @Enumerated(EnumType.STRING)
    private RiskLevel riskLevel;
    @Enumerated(EnumType.STRING)
    private ConcernStatus status;
    private String raisedBy;
    private Instant raisedAt;

    /** Each step's part: empty (null) until the step is done. */
    @Embedded
    private CarersRecord record;
    @Embedded
    private Advice advice;
    @Embedded
    private Decision decision;
    @Embedded
    private TalkWithChild talk;
    @Embedded
    private Closing closing;
    @Embedded
    private UrgentAcknowledgement urgent;

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
        this.policeCalled = raise.policeCalled();
        this.policeCalledAt = raise.policeCalledAt();
        this.policeReference = raise.policeReference();
        this.status = ConcernStatus.OPEN;
        this.raisedBy = raisedBy;
        this.raisedAt = raisedAt;
    }

    void assessRisk(RiskLevel level) {
        this.riskLevel = level;
    }

    void record(RecordStep step, String by, Instant at) {
        this.record = new CarersRecord(step.facts(), step.childWords(), step.carerView(), by, at);
    }

    void advise(AdviceStep step, String by, Instant at) {
        this.advice = new Advice(step.advice(), step.mayTalkWithChild(),
                step.mayTalkWithChild() ? step.talkGuidance() : null, by, at);
    }

    void decide(DecisionStep step, String by, Instant at) {
        this.decision = new Decision(step.decision(), step.reasons(), by, at);
    }

    void talked(TalkStep step, String by, Instant at) {
        this.talk = new TalkWithChild(step.notes(), by, at);
    }

    /** The SSW's closing; at HIGH and CRITICAL the concern stays open until a fostering manager signs it off. */
    void close(CloseStep step, String by, Instant at) {
        this.closing = new Closing(step.closingNote(), by, at);
        if (!closingNeedsSignOff()) {
            this.status = ConcernStatus.CLOSED;
        }
    }

    boolean closingNeedsSignOff() {
        return riskLevel != null && riskLevel.compareTo(RiskLevel.HIGH) >= 0;
    }

    void signOffClosing() {
        this.status = ConcernStatus.CLOSED;
    }

    void acknowledgeUrgent(UrgentStep step, String by, Instant at) {
        this.urgent = new UrgentAcknowledgement(step.immediateActions(), step.spokeToCarer(), by, at);
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

    public Boolean getPoliceCalled() {
        return policeCalled;
    }

    public Instant getPoliceCalledAt() {
        return policeCalledAt;
    }

    public String getPoliceReference() {
        return policeReference;
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
        return ofPart(record, CarersRecord::facts);
    }

    public String getRecordChildWords() {
        return ofPart(record, CarersRecord::childWords);
    }

    public String getRecordCarerView() {
        return ofPart(record, CarersRecord::carerView);
    }

    public Instant getRecordedAt() {
        return ofPart(record, CarersRecord::at);
    }

    public String getAdvice() {
        return ofPart(advice, Advice::text);
    }

    public Boolean getMayTalkWithChild() {
        return ofPart(advice, Advice::mayTalkWithChild);
    }

    public String getTalkGuidance() {
        return ofPart(advice, Advice::talkGuidance);
    }

    public Instant getAdvisedAt() {
        return ofPart(advice, Advice::at);
    }

    public NextStep getDecision() {
        return ofPart(decision, Decision::nextStep);
    }

    public String getDecisionReasons() {
        return ofPart(decision, Decision::reasons);
    }

    public Instant getDecidedAt() {
        return ofPart(decision, Decision::at);
    }

    public String getTalkNotes() {
        return ofPart(talk, TalkWithChild::notes);
    }

    public Instant getTalkedAt() {
        return ofPart(talk, TalkWithChild::at);
    }

    public String getClosingNote() {
        return ofPart(closing, Closing::note);
    }

    public Instant getClosedAt() {
        return ofPart(closing, Closing::at);
    }

    public String getUrgentActions() {
        return ofPart(urgent, UrgentAcknowledgement::immediateActions);
    }

    public Boolean getUrgentSpokeToCarer() {
        return ofPart(urgent, UrgentAcknowledgement::spokeToCarer);
    }

    public String getUrgentAcknowledgedBy() {
        return ofPart(urgent, UrgentAcknowledgement::by);
    }

    public Instant getUrgentAcknowledgedAt() {
        return ofPart(urgent, UrgentAcknowledgement::at);
    }

    /** A step's value, or null while the step is not done: what the page and the API show as "not yet". */
    private static <P, T> T ofPart(P part, Function<P, T> value) {
        return part == null ? null : value.apply(part);
    }
}
