package uk.fostering.safeguarding.concern;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.fostering.safeguarding.audit.Audit;
import uk.fostering.safeguarding.chronology.Chronology;
import uk.fostering.safeguarding.chronology.ConcernEventType;
import uk.fostering.safeguarding.process.ConcernProcess.FollowUpFields;
import uk.fostering.safeguarding.process.ConcernProcess.FormFields;
import uk.fostering.safeguarding.registry.Caller;
import uk.fostering.safeguarding.shared.Inputs;
import uk.fostering.safeguarding.shared.InvalidInputException;
import uk.fostering.safeguarding.shared.RiskLevel;

/**
 * What each step of a concern writes into its record, and its chronology line: the risk level, the carer's
 * record, the advice, the decision, the talk with the child, the closing. Every entry point (the API, Tasklist
 * forms through the process listeners) goes through here, so the rules are the same.
 */
@Service
@Transactional
public class ConcernSteps {

    private static final String SYSTEM = "system";

    private final ConcernQueries queries;
    private final ConcernWorkflow workflow;
    private final Chronology chronology;
    private final Inputs inputs;
    private final Audit audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public ConcernSteps(ConcernQueries queries, ConcernWorkflow workflow, Chronology chronology, Inputs inputs,
            Audit audit, ApplicationEventPublisher events, Clock clock) {
        this.events = events;
        this.queries = queries;
        this.workflow = workflow;
        this.chronology = chronology;
        this.inputs = inputs;
        this.audit = audit;
        this.clock = clock;
    }

    public void assessRisk(String reference, RiskLevel level) {
        Concern concern = queries.byReference(reference);
        concern.assessRisk(level);
        chronicle(concern, SYSTEM, ConcernEventType.RISK_ASSESSED, level.name());
        events.publishEvent(new RiskAssessed(reference, concern.getCategory()));
    }

    public void record(String reference, RecordStep step, String by) {
        inputs.validate(step);
        Concern concern = queries.byReference(reference);
        concern.record(step, by, clock.instant());
        chronicle(concern, by, ConcernEventType.RECORDED, null);
    }

    public void advise(String reference, AdviceStep step, String by) {
        inputs.validate(step);
        if (step.lacksGuidanceForTalk()) {
            throw InvalidInputException.of("talkGuidance", "say how the carer should talk with the child");
        }
        Concern concern = queries.byReference(reference);
        concern.advise(step, by, clock.instant());
        chronicle(concern, by, ConcernEventType.ADVISED,
                step.mayTalkWithChild() ? "carer may talk with the child" : "carer should not talk with the child yet");
    }

    /**
     * The SSW raises the risk level with a reason. It is never lowered here: a lower level would
     * shorten nobody's deadlines but could hide a concern, so it needs a manager's review instead.
     */
    public void raiseRisk(String reference, RiskLevel to, String reason, String by) {
        Concern concern = queries.byReference(reference);
        if (concern.getRiskLevel() != null && to.compareTo(concern.getRiskLevel()) <= 0) {
            throw InvalidInputException.of("raiseRiskLevel", "the risk level is already "
                    + concern.getRiskLevel().label().toLowerCase(Locale.UK)
                    + ": choose a higher level, or leave it empty to keep it as it is");
        }
        if (reason == null || reason.isBlank() || reason.length() > 500) {
            throw InvalidInputException.of("riskLevelReason", "say why the risk is higher (up to 500 characters)");
        }
        concern.assessRisk(to);
        // the reason is what a person wrote: the chronology keeps it, the audit trail only the level
        chronology.record(concern.getId(), reference, by, ConcernEventType.RISK_RAISED, to + ": " + reason, to.name());
    }

    /**
     * Raises the risk level to at least {@code floor} for a rule of the service (not a person's
     * judgement); a concern already at or above it is left alone. Answers the level it now has.
     */
    public RiskLevel raiseRiskToAtLeast(String reference, RiskLevel floor, String rule) {
        Concern concern = queries.byReference(reference);
        if (concern.getRiskLevel() == null || concern.getRiskLevel().compareTo(floor) < 0) {
            concern.assessRisk(floor);
            chronicle(concern, SYSTEM, ConcernEventType.RISK_RAISED, floor + ": " + rule);
        }
        return concern.getRiskLevel();
    }

    /**
     * The social worker's decision, and the follow-up it starts: monitoring needs the date of its first review, an
     * exploitation risk assessment the day it is due; no further action needs its reason, like every decision.
     */
    public FollowUpPlan decide(String reference, DecisionStep step, String by) {
        if (step.decision() == NextStep.NO_FURTHER_ACTION && (step.reasons() == null || step.reasons().isBlank())) {
            throw InvalidInputException.of(FormFields.DECISION_REASONS, "say why no further action is needed");
        }
        inputs.validate(step);
        FollowUpPlan plan = switch (step.decision()) {
            case MONITOR -> new FollowUpPlan(step.decision(), null, FollowUpDates.reviewAt(step.reviewOn(),
                    FollowUpFields.REVIEW_ON.day(), FollowUpFields.REVIEW_ON.what(), clock));
            case EXPLOITATION_RISK_ASSESSMENT -> new FollowUpPlan(step.decision(), FollowUpDates.dueAt(
                    step.assessmentDueOn(), FollowUpFields.ASSESSMENT_DUE_ON.day(), FollowUpFields.ASSESSMENT_DUE_ON.what(),
                    clock), null);
            default -> new FollowUpPlan(step.decision(), null, null);
        };
        Concern concern = queries.byReference(reference);
        concern.decide(step, by, clock.instant());
        String when = plan.reviewAt() != null ? ", first review " + FollowUpDates.words(plan.reviewAt())
                : plan.assessmentDueAt() != null ? ", assessment due " + FollowUpDates.words(plan.assessmentDueAt()) : "";
        chronicle(concern, by, ConcernEventType.DECIDED, step.decision().name() + when);
        return plan;
    }

    /** The social worker or the duty team acknowledges a HIGH or CRITICAL concern at once, with what they did. */
    public void acknowledgeUrgent(String reference, UrgentStep step, String by) {
        inputs.validate(step);
        Concern concern = queries.byReference(reference);
        concern.acknowledgeUrgent(step, by, clock.instant());
        chronicle(concern, by, ConcernEventType.URGENT_ACKNOWLEDGED,
                step.spokeToCarer() ? "spoke to the carer" : "not spoken to the carer yet");
    }

    public void talked(String reference, TalkStep step, String by) {
        inputs.validate(step);
        Concern concern = queries.byReference(reference);
        concern.talked(step, by, clock.instant());
        chronicle(concern, by, ConcernEventType.TALKED_WITH_CHILD, null);
    }

    public void close(String reference, CloseStep step, String by) {
        inputs.validate(step);
        Concern concern = queries.byReference(reference);
        concern.close(step, by, clock.instant());
        chronicle(concern, by, ConcernEventType.CLOSED,
                concern.closingNeedsSignOff() ? "waits for a fostering manager's sign-off" : null);
    }

    /** The SSW (or a manager) asks for the child's social worker to be told before the advice is written. */
    public void requestSocialWorkerNotice(String reference, Caller caller) {
        Concern concern = queries.visible(reference, caller);
        if (concern.getStatus() == ConcernStatus.CLOSED) {
            throw InvalidInputException.of("reference", "the concern is closed");
        }
        workflow.requestSocialWorkerNotice(concern.getReference());
        audit.record(caller.userId(), "SOCIAL_WORKER_NOTICE_REQUESTED", reference, null);
    }

    /**
     * A change about the child rather than one concern (their missing-person profile): a chronology and audit
     * line on the child's open concern, or else their latest; the concern's reference, or empty if they have none.
     */
    public Optional<String> noteAboutChild(String childId, String actor, ConcernEventType type, String note) {
        Optional<Concern> concern = queries.openConcernOf(childId).or(() -> queries.latestConcernOf(childId));
        concern.ifPresent(c -> chronicle(c, actor, type, note));
        return concern.map(Concern::getReference);
    }

    /** A line whose note holds nothing a person wrote, so the audit trail carries it as it is. */
    private void chronicle(Concern concern, String actor, ConcernEventType type, String note) {
        chronology.record(concern.getId(), concern.getReference(), actor, type, note, note);
    }
}
