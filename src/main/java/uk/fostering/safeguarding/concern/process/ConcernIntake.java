package uk.fostering.safeguarding.concern.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import uk.fostering.safeguarding.concern.ConcernCategory;
import uk.fostering.safeguarding.concern.ConcernService;
import uk.fostering.safeguarding.concern.ConcernService.Registered;
import uk.fostering.safeguarding.concern.Indicator;
import uk.fostering.safeguarding.concern.InvalidInputException;
import uk.fostering.safeguarding.concern.RaiseConcern;
import uk.fostering.safeguarding.process.ConcernProcess.FormFields;
import uk.fostering.safeguarding.process.ConcernProcess.Vars;
import uk.fostering.safeguarding.process.CurrentCaller;
import uk.fostering.safeguarding.registry.Caller;
import uk.fostering.safeguarding.security.ConcernGrants;

/**
 * Runs as a concern's process starts. A concern raised through the API is already stored; one
 * raised with the Tasklist start form is validated and stored here, and the text typed into the
 * form is removed from the process in the same transaction, so it never reaches the engine's tables.
 * Either way the people linked to the child are then allowed to see the concern.
 */
@Component("concernIntake")
class ConcernIntake implements ExecutionListener {

    private final ConcernService concerns;
    private final CurrentCaller currentCaller;
    private final ConcernGrants grants;

    ConcernIntake(ConcernService concerns, CurrentCaller currentCaller, ConcernGrants grants) {
        this.concerns = concerns;
        this.currentCaller = currentCaller;
        this.grants = grants;
    }

    @Override
    public void notify(DelegateExecution execution) {
        if (!execution.hasVariable(Vars.REFERENCE)) {
            registerFromStartForm(execution);
        }
        grants.grantReaders(execution.getProcessInstanceId(), (String) execution.getVariable(Vars.CARER_ID),
                (String) execution.getVariable(Vars.SSW_ID), (String) execution.getVariable(Vars.SOCIAL_WORKER_ID));
    }

    private void registerFromStartForm(DelegateExecution execution) {
        FormValues form = new FormValues(execution);
        RaiseConcern raise = new RaiseConcern(form.text(Vars.CHILD_ID), form.choice(Vars.CATEGORY, ConcernCategory.class),
                form.text(FormFields.SUMMARY), form.choices(FormFields.INDICATORS, Indicator.class),
                form.instant(FormFields.OBSERVED_AT), form.flag(Vars.CHILD_MISSING), form.flag(Vars.IMMEDIATE_DANGER));
        Registered registered = concerns.register(raise, caller(execution));
        execution.setProcessBusinessKey(registered.concern().getReference());
        execution.removeVariables(FormFields.ALL);
        execution.setVariables(RoutingVariables.of(registered.concern(), registered.placement()));
    }

    private Caller caller(DelegateExecution execution) {
        return currentCaller.current().orElseGet(() -> {
            Object initiator = execution.getVariable(Vars.RAISED_BY);
            if (initiator == null) {
                throw InvalidInputException.of(Vars.RAISED_BY, "a concern must be raised by a signed-in person");
            }
            return currentCaller.of(initiator.toString());
        });
    }
}
