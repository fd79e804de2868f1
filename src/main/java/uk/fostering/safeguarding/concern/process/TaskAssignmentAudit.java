package uk.fostering.safeguarding.concern.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import uk.fostering.safeguarding.audit.Audit;
import uk.fostering.safeguarding.process.CurrentCaller;

/**
 * A claim, a hand-over to someone else or a release of a concern's step goes into the audit trail
 * with who did it (the signed-in person, or "system" for the engine's own work), in the same
 * transaction as the change itself.
 */
@Component
class TaskAssignmentAudit {

    private final Audit audit;
    private final CurrentCaller currentCaller;

    TaskAssignmentAudit(Audit audit, CurrentCaller currentCaller) {
        this.audit = audit;
        this.currentCaller = currentCaller;
    }

    @EventListener(condition = "#task.eventName == 'assignment'")
    public void onAssignment(DelegateTask task) {
        if (task.getExecution() == null || task.getExecution().getProcessBusinessKey() == null) {
            return; // a task of no concern
        }
        String actor = currentCaller.current().map(c -> c.userId()).orElse("system");
        if (task.getAssignee() == null) {
            audit.record(actor, Audit.Actions.UNASSIGNED, task.getExecution().getProcessBusinessKey(),
                    task.getTaskDefinitionKey());
        } else {
            audit.record(actor, Audit.Actions.ASSIGNED, task.getExecution().getProcessBusinessKey(),
                    task.getTaskDefinitionKey() + " to " + task.getAssignee());
        }
    }
}
