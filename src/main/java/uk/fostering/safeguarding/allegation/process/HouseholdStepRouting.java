package uk.fostering.safeguarding.allegation.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import uk.fostering.safeguarding.allegation.Allegations;
import uk.fostering.safeguarding.process.ConcernProcess;
import uk.fostering.safeguarding.process.ConcernProcess.Vars;
import uk.fostering.safeguarding.registry.Registry;
import uk.fostering.safeguarding.security.ConcernGrants;

/**
 * A step that opens on a concern about the carer's household: the carer's and the SSW's steps already go to the
 * registered manager (their variables say so from the moment it was raised or marked), and the child's social worker
 * is offered each of them too. The household's SSW keeps seeing the concern, as when an open concern is marked (a
 * concern raised as one was never granted to them). Nothing is taken away here, so no grant of the household can
 * come back.
 */
@Component
class HouseholdStepRouting {

    private final Allegations allegations;
    private final Registry registry;
    private final ConcernGrants grants;

    HouseholdStepRouting(Allegations allegations, Registry registry, ConcernGrants grants) {
        this.allegations = allegations;
        this.registry = registry;
        this.grants = grants;
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
        if (ConcernProcess.KEY.equals(task.getProcessDefinitionId().split(":")[0])) {
            registry.placementOf(Vars.CHILD_ID.get(task.getExecution()))
                    .ifPresent(placement -> grants.grantReader(task.getProcessInstanceId(), placement.sswId()));
        }
    }
}
