package uk.fostering.safeguarding.allegation.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import uk.fostering.safeguarding.allegation.Allegations;
import uk.fostering.safeguarding.process.ConcernProcess.Vars;

/**
 * A step that opens on a concern about the carer's household: the carer's and the SSW's steps already go to the
 * registered manager (their variables say so from the moment it was raised or marked), and the child's social worker
 * is offered each of them too. Nothing is taken away here, so no grant of the household can come back.
 */
@Component
class HouseholdStepRouting {

    private final Allegations allegations;

    HouseholdStepRouting(Allegations allegations) {
        this.allegations = allegations;
    }

    @EventListener(condition = "#task.eventName == 'create'")
    public void onCreate(DelegateTask task) {
        if (task.getExecution() == null || !task.hasVariable(Vars.CARER_ID.name())
                || !allegations.isAboutHousehold(task.getExecution().getProcessBusinessKey())) {
            return; // a task of no concern, a notification or the referral: no step of the household
        }
        String householdsStand = Vars.CARER_ID.get(task.getExecution());
        String sswsStand = Vars.SSW_ID.get(task.getExecution());
        Object socialWorker = task.getVariable(Vars.SOCIAL_WORKER_ID.name());
        boolean householdStep = task.getCandidates().stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getUserId() != null)
                .anyMatch(link -> link.getUserId().equals(householdsStand) || link.getUserId().equals(sswsStand));
        if (householdStep && socialWorker != null) {
            task.addCandidateUser(socialWorker.toString());
        }
    }
}
