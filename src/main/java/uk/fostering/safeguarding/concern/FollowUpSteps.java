package uk.fostering.safeguarding.concern;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.fostering.safeguarding.chronology.Chronology;
import uk.fostering.safeguarding.chronology.ConcernEventType;
import uk.fostering.safeguarding.process.ConcernProcess.FollowUpFields;
import uk.fostering.safeguarding.shared.Inputs;
import uk.fostering.safeguarding.shared.InvalidInputException;

/**
 * What the follow-ups of the social worker's decision record, and a fostering manager's sign-off of the closing.
 * Each is a line of the concern's chronology: what people wrote (the outcome, the crime reference) stays in the
 * chronology's note, and the audit line carries only the facts around it.
 */
@Service
@Transactional
public class FollowUpSteps {

    private final ConcernQueries queries;
    private final Chronology chronology;
    private final Inputs inputs;
    private final Clock clock;

    public FollowUpSteps(ConcernQueries queries, Chronology chronology, Inputs inputs, Clock clock) {
        this.queries = queries;
        this.chronology = chronology;
        this.inputs = inputs;
        this.clock = clock;
    }

    public void strategyDiscussionHeld(String reference, StrategyDiscussionStep step, String by) {
        inputs.validate(step);
        String facts = "held " + FollowUpDates.words(step.discussionHeldAt()) + "; police " + tookPart(step.policeTookPart())
                + ", health " + tookPart(step.healthTookPart()) + "; section 47 enquiry: "
                + (step.section47Enquiry() ? "yes" : "no");
        record(reference, by, ConcernEventType.STRATEGY_DISCUSSED, facts + ". " + step.discussionOutcome(), facts);
    }

    public void referredToPolice(String reference, PoliceReferralStep step, String by) {
        inputs.validate(step);
        String facts = "referred " + FollowUpDates.words(step.referredAt());
        record(reference, by, ConcernEventType.REFERRED_TO_POLICE, facts + "; crime reference " + step.crimeReference(),
                facts + "; crime reference recorded");
    }

    public void exploitationRiskAssessed(String reference, AssessmentStep step, String by) {
        inputs.validate(step);
        record(reference, by, ConcernEventType.EXPLOITATION_RISK_ASSESSED, step.assessmentOutcome(), null);
    }

    /** The review's outcome: when the next review opens while monitoring goes on, empty once it ends. */
    public Optional<Instant> monitoringReviewed(String reference, MonitoringReview review, String by) {
        inputs.validate(review);
        Optional<Instant> next = Optional.empty();
        String facts = "monitoring ends";
        if (review.monitoringNext()) {
            next = Optional.of(FollowUpDates.reviewAt(review.nextReviewOn(), FollowUpFields.NEXT_REVIEW_ON.day(),
                    FollowUpFields.NEXT_REVIEW_ON.what(), clock));
            facts = "monitoring goes on, next review " + FollowUpDates.words(next.get());
        }
        record(reference, by, ConcernEventType.MONITORING_REVIEWED, facts + ". " + review.reviewNotes(), facts);
        return next;
    }

    /** A fostering manager signs off the SSW's closing (the concern closes) or sends it back, saying why. */
    public boolean closingSignedOff(String reference, SignOffStep step, String by) {
        inputs.validate(step);
        if (!step.signOff() && (step.signOffNote() == null || step.signOffNote().isBlank())) {
            throw InvalidInputException.of(FollowUpFields.SIGN_OFF_NOTE, "say what the SSW should do before closing");
        }
        Concern concern = queries.byReference(reference);
        if (step.signOff()) {
            concern.signOffClosing();
        }
        String note = step.signOffNote() == null || step.signOffNote().isBlank() ? null : step.signOffNote();
        chronology.record(concern.getId(), reference, by,
                step.signOff() ? ConcernEventType.CLOSING_SIGNED_OFF : ConcernEventType.CLOSING_SENT_BACK, note, null);
        return step.signOff();
    }

    private void record(String reference, String by, ConcernEventType type, String note, String auditDetail) {
        chronology.record(queries.byReference(reference).getId(), reference, by, type, note, auditDetail);
    }

    private static String tookPart(boolean tookPart) {
        return tookPart ? "took part" : "did not take part";
    }
}
