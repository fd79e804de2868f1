package uk.fostering.safeguarding.escalation.process;

import java.time.Clock;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import uk.fostering.safeguarding.escalation.EscalationService;
import uk.fostering.safeguarding.escalation.Step;

/**
 * Follows the concern's tasks through Camunda's task events: a claim acknowledges the task (its
 * escalation stops and the next tick moves to the due date); completing or ending it closes its
 * escalations. A task ended by an interrupting event arrives as "delete", not "complete".
 */
@Component
class TaskLifecycle {

    private final EscalationService escalations;
    private final EscalationTimers timers;
    private final Clock clock;

    TaskLifecycle(EscalationService escalations, EscalationTimers timers, Clock clock) {
        this.escalations = escalations;
        this.timers = timers;
        this.clock = clock;
    }

    @EventListener(condition = "#task.eventName == 'assignment'")
    public void onAssignment(DelegateTask task) {
        if (task.getAssignee() == null || !Step.isEscalated(task.getTaskDefinitionKey())) {
            return;
        }
        Step step = Step.ofTask(task.getTaskDefinitionKey());
        // the chronology line is on the concern already: the step's own words, not the task's name with the reference
        escalations.acknowledged(task.getExecution().getProcessBusinessKey(), task.getId(), step.label(),
                task.getAssignee());
        Date now = Date.from(clock.instant());
        Date nextTick = task.getDueDate() != null && task.getDueDate().after(now) ? task.getDueDate() : now;
        timers.moveNextTick(task.getProcessInstanceId(), step, nextTick);
    }

    @EventListener(condition = "#task.eventName == 'complete' || #task.eventName == 'delete'")
    public void onEnd(DelegateTask task) {
        escalations.finished(task.getId());
    }
}
