package uk.fostering.safeguarding.missing.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import uk.fostering.safeguarding.concern.ConcernSteps;
import uk.fostering.safeguarding.missing.EpisodeSteps;
import uk.fostering.safeguarding.missing.PoliceReport;
import uk.fostering.safeguarding.missing.ReturnInterview;
import uk.fostering.safeguarding.missing.StrategyDiscussion;
import uk.fostering.safeguarding.missing.TakingOver;
import uk.fostering.safeguarding.process.ConcernProcess;
import uk.fostering.safeguarding.process.CurrentCaller;
import uk.fostering.safeguarding.process.FormValues;
import uk.fostering.safeguarding.process.MissingProcess;
import uk.fostering.safeguarding.process.MissingProcess.CodeVars;
import uk.fostering.safeguarding.process.MissingProcess.FormFields;
import uk.fostering.safeguarding.process.MissingProcess.Ids;
import uk.fostering.safeguarding.process.MissingProcess.Vars;
import uk.fostering.safeguarding.process.People;
import uk.fostering.safeguarding.process.RoutingFacts;
import uk.fostering.safeguarding.registry.Roles;
import uk.fostering.safeguarding.shared.InvalidInputException;
import uk.fostering.safeguarding.shared.RiskLevel;

/**
 * Completes a step of a missing episode: validates the form, stores it in the episode record and
 * removes it from the process. A rejected completion changes nothing.
 */
@Component(MissingProcess.Beans.STEP_RECORDER)
class MissingStepRecorder implements TaskListener {

    private final EpisodeSteps episodes;
    private final ConcernSteps concerns;
    private final CurrentCaller currentCaller;
    private final RoutingFacts routingFacts;
    private final People people;

    MissingStepRecorder(EpisodeSteps episodes, ConcernSteps concerns, CurrentCaller currentCaller,
            RoutingFacts routingFacts, People people) {
        this.routingFacts = routingFacts;
        this.people = people;
        this.episodes = episodes;
        this.concerns = concerns;
        this.currentCaller = currentCaller;
    }

    @Override
    public void notify(DelegateTask task) {
        // the outcome comes from the form's fields only; who the next step goes to, and the risk, stay the service's
        routingFacts.requireUnchanged(task);
        String reference = task.getExecution().getProcessBusinessKey();
        int episode = CodeVars.EPISODE_NUMBER.get(task);
        String by = currentCaller.current().map(c -> c.userId()).orElse(task.getAssignee());
        FormValues form = new FormValues(task);
        switch (task.getTaskDefinitionKey()) {
            case Ids.REPORT_TO_POLICE -> episodes.reportedToPolice(reference, episode, new PoliceReport(
                    form.dateTime(FormFields.POLICE_CALLED_AT), form.text(FormFields.POLICE_REFERENCE),
                    form.text(FormFields.CLOTHING), form.text(FormFields.LAST_SEEN_DETAILS)), by);
            case Ids.HOLD_STRATEGY_DISCUSSION -> episodes.discussed(reference, episode, new StrategyDiscussion(
                    form.dateTime(FormFields.DISCUSSION_HELD_AT), form.text(FormFields.DISCUSSION_NOTES)), by);
            case Ids.RETURN_INTERVIEW -> episodes.interviewed(reference, episode, new ReturnInterview(
                    form.dateTime(FormFields.INTERVIEWED_AT), form.text(FormFields.INTERVIEW_NOTES)), by);
            case Ids.REVIEW_RISK_AFTER_RETURN -> {
                RiskLevel raised = form.choice(ConcernProcess.FormFields.RAISE_RISK_LEVEL, RiskLevel.class);
                if (raised != null) {
                    concerns.raiseRisk(reference, raised, form.text(ConcernProcess.FormFields.RISK_REASON), by);
                    ConcernRiskLevel.set(task.getExecution(), raised);
                }
                episodes.reviewed(reference, episode, form.text(FormFields.REVIEW_NOTE), by);
            }
            case Ids.HAND_OVER_TO_SOCIAL_WORKER -> episodes.handedOver(reference, episode,
                    new TakingOver(form.text(FormFields.HAND_OVER_NOTES)), by);
            case Ids.ARRANGE_RETURN_INTERVIEW -> {
                // the choice comes from a form: only a return interviewer may be offered the interview
                String interviewer = form.text(FormFields.RETURN_INTERVIEWER);
                if (interviewer == null || !people.isMemberOf(interviewer, Roles.RETURN_INTERVIEWERS)) {
                    throw InvalidInputException.of(FormFields.RETURN_INTERVIEWER, "choose one of the return interviewers");
                }
                episodes.interviewArranged(reference, episode, interviewer, by);
                Vars.INTERVIEWER_ID.set(task.getExecution(), interviewer);
            }
            default -> throw new IllegalStateException("No outcome is recorded for step " + task.getTaskDefinitionKey());
        }
        task.getExecution().removeVariables(FormFields.ALL);
        task.getExecution().removeVariables(ConcernProcess.FormFields.ALL);
    }
}
