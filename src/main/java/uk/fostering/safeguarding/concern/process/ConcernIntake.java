package uk.fostering.safeguarding.concern.process;

import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import uk.fostering.safeguarding.concern.ConcernCategory;
import uk.fostering.safeguarding.concern.Indicator;
import uk.fostering.safeguarding.concern.RaiseConcern;
import uk.fostering.safeguarding.concern.RaisingConcerns;
import uk.fostering.safeguarding.concern.RaisingConcerns.Registered;
import uk.fostering.safeguarding.process.ConcernProcess.FormFields;
import uk.fostering.safeguarding.process.ConcernProcess.Vars;
import uk.fostering.safeguarding.process.CurrentCaller;
import uk.fostering.safeguarding.process.FormValues;
import uk.fostering.safeguarding.registry.Caller;
import uk.fostering.safeguarding.security.ConcernGrants;
import uk.fostering.safeguarding.shared.InvalidInputException;

/**
 * Runs as a concern's process starts. A concern raised through the API is already stored; one
 * raised with the Tasklist start form is validated and stored here, and the text typed into the
 * form is removed from the process in the same transaction, so it never reaches the engine's tables.
 * Routing variables are trusted only when the service started the process itself ({@link ApprovedStarts});
 * either way the people linked to the child are then allowed to see the concern.
 */
@Component("concernIntake")
class ConcernIntake implements ExecutionListener {

    /** The fields of forms/raise-concern.form. */
    private static final Set<String> START_FORM = Set.of(Vars.CHILD_ID, Vars.CATEGORY, FormFields.SUMMARY,
            FormFields.INDICATORS, FormFields.OBSERVED_AT, Vars.CHILD_MISSING, Vars.IMMEDIATE_DANGER);

    private final RaisingConcerns concerns;
    private final CurrentCaller currentCaller;
    private final ConcernGrants grants;

    ConcernIntake(RaisingConcerns concerns, CurrentCaller currentCaller, ConcernGrants grants) {
        this.concerns = concerns;
        this.currentCaller = currentCaller;
        this.grants = grants;
    }

    @Override
    public void notify(DelegateExecution execution) {
        String reference = execution.getProcessBusinessKey();
        if (!(ApprovedStarts.consume(reference) && reference.equals(execution.getVariable(Vars.REFERENCE)))) {
            registerFromStartForm(execution);
        }
        grants.grantReaders(execution.getProcessInstanceId(), (String) execution.getVariable(Vars.CARER_ID),
                (String) execution.getVariable(Vars.SSW_ID), (String) execution.getVariable(Vars.SOCIAL_WORKER_ID));
    }

    /**
     * A start the service did not make itself: only the start form's fields are taken, the reference is
     * made here and the people come from the registry. A business key or any other variable (a reference,
     * people, risk, flags of the caller's choosing) is refused, and nothing is started.
     */
    private void registerFromStartForm(DelegateExecution execution) {
        if (execution.getProcessBusinessKey() != null) {
            throw InvalidInputException.of("businessKey", "is made by the service; it cannot be sent");
        }
        Caller caller = caller();
        execution.getVariableNames().stream().filter(name -> !START_FORM.contains(name)).sorted()
                // the start event's camunda:initiator: the engine's own note of who is signed in
                .filter(name -> !(name.equals(Vars.RAISED_BY) && caller.userId().equals(execution.getVariable(name))))
                .findFirst().ifPresent(name -> {
                    throw InvalidInputException.of(name, "is not a field of the start form");
                });
        FormValues form = new FormValues(execution);
        RaiseConcern raise = new RaiseConcern(form.text(Vars.CHILD_ID), form.choice(Vars.CATEGORY, ConcernCategory.class),
                form.text(FormFields.SUMMARY), form.choices(FormFields.INDICATORS, Indicator.class),
                form.instant(FormFields.OBSERVED_AT), form.flag(Vars.CHILD_MISSING), form.flag(Vars.IMMEDIATE_DANGER));
        Registered registered = concerns.register(raise, caller);
        execution.setProcessBusinessKey(registered.concern().getReference());
        execution.removeVariables(FormFields.ALL);
        execution.setVariables(RoutingVariables.of(registered.concern(), registered.placement()));
    }

    private Caller caller() {
        return currentCaller.current().orElseThrow(
                () -> InvalidInputException.of(Vars.RAISED_BY, "a concern must be raised by a signed-in person"));
    }
}
