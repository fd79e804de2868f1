package uk.fostering.safeguarding.concern.process;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import uk.fostering.safeguarding.concern.AssessmentStep;
import uk.fostering.safeguarding.concern.FollowUpSteps;
import uk.fostering.safeguarding.concern.MonitoringReview;
import uk.fostering.safeguarding.concern.PoliceReferralStep;
import uk.fostering.safeguarding.concern.SignOffStep;
import uk.fostering.safeguarding.concern.StrategyDiscussionStep;
import uk.fostering.safeguarding.process.ConcernProcess;
import uk.fostering.safeguarding.process.ConcernProcess.FollowUpFields;
import uk.fostering.safeguarding.process.ConcernProcess.Ids;
import uk.fostering.safeguarding.process.ConcernProcess.Vars;
import uk.fostering.safeguarding.process.CurrentCaller;
import uk.fostering.safeguarding.process.FormValues;
import uk.fostering.safeguarding.process.RoutingFacts;
import uk.fostering.safeguarding.shared.InvalidInputException;

/**
 * Completes a follow-up of the social worker's decision, or a manager's sign-off of the closing, as
 * TaskOutcomeRecorder completes the concern's own steps: checks the form's fields, stores them in the concern's
 * record and removes them from the process; a review or a sign-off also sets where the process goes next.
 */
@Component(ConcernProcess.Beans.FOLLOW_UP_RECORDER)
class FollowUpRecorder implements TaskListener {

    private final FollowUpSteps followUps;
    private final CurrentCaller currentCaller;
    private final RoutingFacts routingFacts;

    FollowUpRecorder(FollowUpSteps followUps, CurrentCaller currentCaller, RoutingFacts routingFacts) {
        this.followUps = followUps;
        this.currentCaller = currentCaller;
        this.routingFacts = routingFacts;
    }

    @Override
    public void notify(DelegateTask task) {
        Completion completion = Completion.of(task, routingFacts, currentCaller);
        String reference = completion.reference();
        String by = completion.by();
        FormValues form = completion.form();
        switch (task.getTaskDefinitionKey()) {
            case Ids.CONVENE_STRATEGY_DISCUSSION -> followUps.strategyDiscussionHeld(reference, new StrategyDiscussionStep(
                    form.dateTime(FollowUpFields.DISCUSSION_HELD_AT), form.flag(FollowUpFields.POLICE_TOOK_PART),
                    form.flag(FollowUpFields.HEALTH_TOOK_PART), form.text(FollowUpFields.DISCUSSION_OUTCOME),
                    form.yesNo(FollowUpFields.SECTION_47)), by);
            case Ids.REFER_TO_POLICE -> followUps.referredToPolice(reference, new PoliceReferralStep(
                    form.dateTime(FollowUpFields.REFERRED_AT), form.text(FollowUpFields.CRIME_REFERENCE)), by);
            case Ids.ASSESS_EXPLOITATION_RISK -> followUps.exploitationRiskAssessed(reference,
                    new AssessmentStep(form.text(FollowUpFields.ASSESSMENT_OUTCOME)), by);
            case Ids.REVIEW_MONITORING -> {
                var next = followUps.monitoringReviewed(reference, new MonitoringReview(
                        form.text(FollowUpFields.REVIEW_NOTES), goOn(form.text(FollowUpFields.MONITORING_NEXT)),
                        form.date(FollowUpFields.NEXT_REVIEW_ON)), by);
                Vars.KEEP_MONITORING.set(task.getExecution(), next.isPresent());
                next.ifPresent(at -> Vars.REVIEW_AT.set(task.getExecution(), Date.from(at)));
            }
            case Ids.SIGN_OFF_CLOSURE -> Vars.CLOSING_SIGNED_OFF.set(task.getExecution(), followUps.closingSignedOff(
                    reference, new SignOffStep(signedOff(form.text(FollowUpFields.SIGN_OFF)),
                            form.text(FollowUpFields.SIGN_OFF_NOTE)), by));
            default -> throw new IllegalStateException("No follow-up is recorded for step " + task.getTaskDefinitionKey());
        }
        task.getExecution().removeVariables(FollowUpFields.ALL);
    }

    private static Boolean goOn(String choice) {
        return choice == null || choice.isBlank() ? null : switch (choice) {
            case "CONTINUE" -> true;
            case "END" -> false;
            default -> throw InvalidInputException.of(FollowUpFields.MONITORING_NEXT, "must be CONTINUE or END");
        };
    }

    private static Boolean signedOff(String choice) {
        return choice == null || choice.isBlank() ? null : switch (choice) {
            case "SIGN_OFF" -> true;
            case "SEND_BACK" -> false;
            default -> throw InvalidInputException.of(FollowUpFields.SIGN_OFF, "must be SIGN_OFF or SEND_BACK");
        };
    }
}
