package uk.fostering.safeguarding.concern.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import uk.fostering.safeguarding.concern.ConcernCategory;
import uk.fostering.safeguarding.concern.Indicator;
import uk.fostering.safeguarding.concern.RaiseConcern;
import uk.fostering.safeguarding.concern.RaisingConcerns;
import uk.fostering.safeguarding.concern.RaisingConcerns.Registered;
import uk.fostering.safeguarding.process.ConcernProcess;
import uk.fostering.safeguarding.process.ConcernProcess.FormFields;
import uk.fostering.safeguarding.process.ConcernProcess.Forms;
import uk.fostering.safeguarding.process.ConcernProcess.Vars;
import uk.fostering.safeguarding.process.CurrentCaller;
import uk.fostering.safeguarding.process.FormDateTime;
import uk.fostering.safeguarding.process.FormValues;
import uk.fostering.safeguarding.registry.Caller;
import uk.fostering.safeguarding.registry.Roles;
import uk.fostering.safeguarding.security.ConcernGrants;
import uk.fostering.safeguarding.shared.InvalidInputException;

/**
 * Runs as a concern's process starts. A concern raised through the API is already stored; one
 * raised with the Tasklist start form is validated and stored here, and the text typed into the
 * form is removed from the process in the same transaction, so it never reaches the engine's tables.
 * Routing variables are trusted only when the service started the process itself ({@link ApprovedStarts});
 * either way the people linked to the child are then allowed to see the concern.
 */
@Component(ConcernProcess.Beans.CONCERN_INTAKE)
class ConcernIntake implements ExecutionListener {

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
        if (!(ApprovedStarts.consume(reference) && reference.equals(Vars.REFERENCE.get(execution)))) {
            registerFromStartForm(execution);
        }
        // whoever raised it sees it too: staff raising a concern about the carer's household are not always its people
        grants.grantReaders(execution.getProcessInstanceId(), Vars.CARER_ID.get(execution), Vars.SSW_ID.get(execution),
                Vars.SOCIAL_WORKER_ID.get(execution), Vars.RAISED_BY.get(execution));
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
        execution.getVariableNames().stream().filter(name -> !Forms.RAISE_CONCERN.fields().contains(name)).sorted()
                // the start event's camunda:initiator: the engine's own note of who is signed in
                .filter(name -> !(name.equals(Vars.RAISED_BY.name()) && caller.userId().equals(execution.getVariable(name))))
                .findFirst().ifPresent(name -> {
                    throw InvalidInputException.of(name, "is not a field of the start form");
                });
        FormValues form = new FormValues(execution);
        boolean immediateDanger = form.flag(Vars.IMMEDIATE_DANGER.name());
        // not required here: start forms sent before the question existed (scripts, the engine's REST API) stay valid
        Boolean policeCalled = form.yesNo(FormFields.POLICE_CALLED);
        String policeReference = form.text(FormFields.POLICE_REFERENCE);
        RaiseConcern raise = new RaiseConcern(form.text(Vars.CHILD_ID.name()), form.choice(Vars.CATEGORY.name(), ConcernCategory.class),
                form.text(FormFields.SUMMARY), form.choices(FormFields.INDICATORS, Indicator.class),
                form.dateTime(FormFields.OBSERVED_AT), form.flag(Vars.CHILD_MISSING.name()), immediateDanger, policeCalled,
                anyPartGiven(execution, FormFields.POLICE_CALLED_AT) ? form.dateTime(FormFields.POLICE_CALLED_AT) : null,
                policeReference == null || policeReference.isBlank() ? null : policeReference.strip());
        boolean aboutHousehold = form.flag(FormFields.ABOUT_HOUSEHOLD);
        if (!aboutHousehold && !(caller.hasRole(Roles.CARERS) || caller.hasRole(Roles.SSWS))) {
            // the start form is theirs for allegations only; other concerns come from the carer or their SSW
            throw InvalidInputException.of(FormFields.ABOUT_HOUSEHOLD, "as a member of staff who is not the carer's "
                    + "SSW, you raise only a concern about the carer or their household here: tick the box, or ask "
                    + "the carer's SSW to raise it");
        }
        Registered registered = concerns.register(raise, caller, aboutHousehold);
        execution.setProcessBusinessKey(registered.concern().getReference());
        execution.removeVariables(FormFields.ALL);
        execution.setVariables(RoutingVariables.of(registered.concern(), registered.placement()));
    }

    /** A date left wholly empty is not given; one part typed is an attempt, checked like the rest. */
    private static boolean anyPartGiven(DelegateExecution execution, FormDateTime date) {
        return date.parts().stream().map(execution::getVariable)
                .anyMatch(value -> value != null && !value.toString().isBlank());
    }

    private Caller caller() {
        return currentCaller.current().orElseThrow(
                () -> InvalidInputException.of(Vars.RAISED_BY.name(), "a concern must be raised by a signed-in person"));
    }
}
