package uk.fostering.safeguarding.concern.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import uk.fostering.safeguarding.security.ConcernGrants;

/**
 * Whoever a step of a concern is offered or assigned to may also see the concern it belongs to:
 * a step handed to another worker, or an interview offered to a return interviewer, brings them in.
 * Camunda grants the task itself; this adds the concern (process instance and its history).
 */
@Component
class TaskPeopleGrants {

    private final ConcernGrants grants;

    TaskPeopleGrants(ConcernGrants grants) {
        this.grants = grants;
    }

    @EventListener(condition = "#task.eventName == 'create'")
    public void onCreate(DelegateTask task) {
        if (task.getProcessInstanceId() == null) {
            return; // a task of no concern
        }
        task.getCandidates().stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getUserId() != null)
                .forEach(link -> grants.grantReader(task.getProcessInstanceId(), link.getUserId()));
        grants.grantReader(task.getProcessInstanceId(), task.getAssignee());
    }

    @EventListener(condition = "#task.eventName == 'assignment'")
    public void onAssignment(DelegateTask task) {
        if (task.getProcessInstanceId() == null) {
            return;
        }
        grants.grantReader(task.getProcessInstanceId(), task.getAssignee());
    }
}
