package uk.fostering.safeguarding.concern.process;

import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import uk.fostering.safeguarding.concern.AdviceStep;
import uk.fostering.safeguarding.concern.CloseStep;
import uk.fostering.safeguarding.concern.ConcernSteps;
import uk.fostering.safeguarding.concern.DecisionStep;
import uk.fostering.safeguarding.concern.FollowUpPlan;
import uk.fostering.safeguarding.concern.NextStep;
import uk.fostering.safeguarding.concern.RecordStep;
import uk.fostering.safeguarding.concern.TalkStep;
import uk.fostering.safeguarding.concern.UrgentStep;
import uk.fostering.safeguarding.process.ConcernProcess;
import uk.fostering.safeguarding.process.ConcernProcess.FollowUpFields;
import uk.fostering.safeguarding.process.ConcernProcess.FormFields;
import uk.fostering.safeguarding.process.ConcernProcess.Ids;
import uk.fostering.safeguarding.process.ConcernProcess.Vars;
import uk.fostering.safeguarding.process.CurrentCaller;
import uk.fostering.safeguarding.process.FormValues;
import uk.fostering.safeguarding.process.RoutingFacts;
import uk.fostering.safeguarding.shared.RiskLevel;

/**
 * Completes a step of a concern: validates what the person wrote in the task's form, stores it in
 * the concern record and removes it from the process. A rejected completion changes nothing.
 */
@Component(ConcernProcess.Beans.TASK_OUTCOME_RECORDER)
class TaskOutcomeRecorder implements TaskListener {

    private final ConcernSteps concerns;
    private final CurrentCaller currentCaller;
    private final RoutingFacts routingFacts;

    TaskOutcomeRecorder(ConcernSteps concerns, CurrentCaller currentCaller,
            RoutingFacts routingFacts) {
        this.routingFacts = routingFacts;
        this.concerns = concerns;
        this.currentCaller = currentCaller;
    }

    @Override
    public void notify(DelegateTask task) {
        Completion completion = Completion.of(task, routingFacts, currentCaller);
        String reference = completion.reference();
        String by = completion.by();
        FormValues form = completion.form();
        switch (task.getTaskDefinitionKey()) {
            case Ids.RECORD_CONCERN -> concerns.record(reference, new RecordStep(form.text(FormFields.RECORD_FACTS),
                    form.text(FormFields.RECORD_CHILD_WORDS), form.text(FormFields.RECORD_CARER_VIEW)), by);
            case Ids.ADVISE_CARER -> {
                AdviceStep advice = new AdviceStep(form.text(FormFields.ADVICE), form.flag(FormFields.CONSENT_CONSIDERED),
                        form.yesNo(FormFields.TALK_WITH_CHILD), form.text(FormFields.TALK_GUIDANCE));
                concerns.advise(reference, advice, by);
                Vars.MAY_TALK_WITH_CHILD.set(task.getExecution(), advice.mayTalkWithChild());
                RiskLevel raised = form.choice(FormFields.RAISE_RISK_LEVEL, RiskLevel.class);
                if (raised != null) {
                    concerns.raiseRisk(reference, raised, form.text(FormFields.RISK_REASON), by);
                    Vars.RISK_LEVEL.set(task.getExecution(), raised.name());
                }
            }
            case Ids.DECIDE_NEXT_STEPS -> {
                FollowUpPlan plan = concerns.decide(reference, new DecisionStep(form.choice(Vars.DECISION.name(), NextStep.class),
                        form.text(FormFields.DECISION_REASONS), form.date(FollowUpFields.REVIEW_ON),
                        form.date(FollowUpFields.ASSESSMENT_DUE_ON)), by);
                // the follow-up routes on the service's copy of the decision, with the dates it chose
                Vars.FOLLOW_UP.set(task.getExecution(), plan.followUp().name());
                Vars.ASSESSMENT_DUE_AT.set(task.getExecution(), date(plan.assessmentDueAt()));
                Vars.REVIEW_AT.set(task.getExecution(), date(plan.reviewAt()));
                task.getExecution().removeVariables(FollowUpFields.ALL);
            }
            case Ids.TALK_WITH_CHILD -> concerns.talked(reference, new TalkStep(form.text(FormFields.TALK_NOTES)), by);
            case Ids.SHARE_DECISION_AND_CLOSE -> concerns.close(reference,
                    new CloseStep(form.flag(FormFields.DECISION_SHARED), form.text(FormFields.CLOSING_NOTE)), by);
            case Ids.ACKNOWLEDGE_URGENT_CONCERN -> concerns.acknowledgeUrgent(reference, new UrgentStep(
                    form.text(FormFields.IMMEDIATE_ACTIONS), form.yesNo(FormFields.SPOKE_TO_CARER)), by);
            default -> throw new IllegalStateException("No outcome is recorded for step " + task.getTaskDefinitionKey());
        }
        task.getExecution().removeVariables(FormFields.ALL);
    }

    private static Date date(Instant at) {
        return at == null ? null : Date.from(at);
    }
}
