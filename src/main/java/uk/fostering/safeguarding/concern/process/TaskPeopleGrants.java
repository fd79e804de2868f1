package uk.fostering.safeguarding.concern.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import uk.fostering.safeguarding.security.ConcernGrants;

/**
 * Whoever a step of a concern is offered or assigned to may also see the concern it belongs to:
 * a step handed to another worker, or an interview offered to a return interviewer, brings them in.
 * Camunda grants the task itself; this adds the concern (process instance and its history). A step of a missing
 * episode brings them into the episode and into the concern it belongs to, whose page the step's people open.
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
                .forEach(link -> grantReader(task, link.getUserId()));
        grantReader(task, task.getAssignee());
    }

    private void grantReader(DelegateTask task, String userId) {
        grants.grantReader(task.getProcessInstanceId(), userId);
        String concern = concernOf(task.getExecution());
        if (!concern.equals(task.getProcessInstanceId())) {
            grants.grantReader(concern, userId);
        }
    }

    /** The concern's own process instance: the episode's caller, or the task's process when it is the concern's. */
    private static String concernOf(DelegateExecution execution) {
        DelegateExecution instance = execution.getProcessInstance();
        while (instance.getSuperExecution() != null) {
            instance = instance.getSuperExecution().getProcessInstance();
        }
        return instance.getProcessInstanceId();
    }

    @EventListener(condition = "#task.eventName == 'assignment'")
    public void onAssignment(DelegateTask task) {
        if (task.getProcessInstanceId() == null) {
            return;
        }
        grantReader(task, task.getAssignee());
    }
}
