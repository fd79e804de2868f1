package uk.fostering.safeguarding.allegation.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import uk.fostering.safeguarding.allegation.Allegations;
import uk.fostering.safeguarding.process.AllegationProcess;
import uk.fostering.safeguarding.process.AllegationProcess.FormFields;
import uk.fostering.safeguarding.process.CurrentCaller;
import uk.fostering.safeguarding.process.FormValues;
import uk.fostering.safeguarding.process.RoutingFacts;
import uk.fostering.safeguarding.registry.Caller;

/**
 * Completes "Refer to the designated officer (LADO)": when, the LADO's advice and reference go into the allegation's
 * record, and out of the process. A rejected completion changes nothing.
 */
@Component(AllegationProcess.Beans.LADO_REFERRAL_RECORDER)
class LadoReferralRecorder implements TaskListener {

    private final Allegations allegations;
    private final CurrentCaller currentCaller;
    private final RoutingFacts routingFacts;

    LadoReferralRecorder(Allegations allegations, CurrentCaller currentCaller, RoutingFacts routingFacts) {
        this.allegations = allegations;
        this.currentCaller = currentCaller;
        this.routingFacts = routingFacts;
    }

    @Override
    public void notify(DelegateTask task) {
        routingFacts.requireUnchanged(task);
        String by = currentCaller.current().map(Caller::userId).orElse(task.getAssignee());
        FormValues form = new FormValues(task);
        allegations.referredToLado(task.getExecution().getProcessBusinessKey(), form.dateTime(FormFields.REFERRED_AT),
                form.text(FormFields.LADO_ADVICE), form.text(FormFields.LADO_REFERENCE), by);
        task.getExecution().removeVariables(FormFields.ALL);
    }
}
