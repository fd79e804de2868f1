package uk.fostering.safeguarding.escalation.process;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import uk.fostering.safeguarding.escalation.EscalationReason;
import uk.fostering.safeguarding.escalation.EscalationService;
import uk.fostering.safeguarding.escalation.OpenStep;
import uk.fostering.safeguarding.escalation.Step;
import uk.fostering.safeguarding.escalation.TaskEscalated;
import uk.fostering.safeguarding.notification.Email;
import uk.fostering.safeguarding.notification.Links;
import uk.fostering.safeguarding.notification.Mailer;
import uk.fostering.safeguarding.notification.Notification;
import uk.fostering.safeguarding.process.ConcernProcess;
import uk.fostering.safeguarding.process.ConcernProcess.CodeVars;
import uk.fostering.safeguarding.process.ConcernProcess.Inputs;
import uk.fostering.safeguarding.process.People;
import uk.fostering.safeguarding.process.Responsible;
import uk.fostering.safeguarding.registry.Roles;
import uk.fostering.safeguarding.security.ConcernGrants;

/**
 * Runs when a step's escalation timer ticks (input parameter {@code step}): escalates the task one
 * level if it is still unacknowledged or overdue, raises its priority, lets each person it reaches open the task,
 * emails each of them once (the email key includes the round, so a retried job sends nothing twice), and otherwise moves
 * the next tick to the task's due date.
 */
@Component(ConcernProcess.Beans.ESCALATE_TASK)
class EscalateTask implements JavaDelegate {

    private static final int PRIORITY_STEP = 10;
    private static final int MAX_PRIORITY = 100;

    private final EscalationService escalations;
    private final EscalationTimers timers;
    private final TaskService taskService;
    private final People people;
    private final Mailer mailer;
    private final Links links;
    private final Responsible responsible;
    private final ConcernGrants grants;

    EscalateTask(EscalationService escalations, EscalationTimers timers, TaskService taskService, People people,
            Mailer mailer, Links links, Responsible responsible, ConcernGrants grants) {
        this.responsible = responsible;
        this.grants = grants;
        this.escalations = escalations;
        this.timers = timers;
        this.taskService = taskService;
        this.people = people;
        this.mailer = mailer;
        this.links = links;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Step step = Step.ofTask(Inputs.STEP.get(execution));
        Task task = taskService.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
                .taskDefinitionKey(step.taskId()).singleResult();
        if (task == null) {
            return; // completed while the tick waited
        }
        // the step's own words: the task's name carries the reference and child id, which the rows and emails show apart
        OpenStep open = new OpenStep(execution.getProcessBusinessKey(), task.getId(), step.taskId(), step.label(),
                responsible(task), task.getAssignee() != null,
                task.getDueDate() == null ? null : task.getDueDate().toInstant());
        // looked up only when the escalation reaches them: most ticks need neither group
        Optional<TaskEscalated> escalated = escalations.tick(open, () -> people.membersOf(Roles.EMERGENCY_DUTY_TEAM),
                () -> people.membersOf(Roles.MANAGERS));
        if (escalated.isEmpty()) {
            if (task.getDueDate() != null) {
                timers.moveNextTick(execution.getProcessInstanceId(), step, task.getDueDate());
            }
            return;
        }
        TaskEscalated e = escalated.get();
        taskService.setPriority(task.getId(), Math.min(MAX_PRIORITY, task.getPriority() + PRIORITY_STEP));
        taskService.setVariableLocal(task.getId(), CodeVars.ESCALATION_LEVEL.name(), e.level());
        Notification.TaskEscalation notice = new Notification.TaskEscalation(e.reference(), e.taskId(), e.stepName(),
                e.responsibleId(), e.reason() == EscalationReason.OVERDUE, e.level(), e.round(), links.task(e.taskId()));
        List<Email> emails = new ArrayList<>();
        Optional<IllegalStateException> noAddress = Optional.empty();
        for (String recipient : e.recipients()) {
            // the email links the task: a carer's SSW (level 1) holds no grant on the carer's task until now
            grants.grantTaskReader(execution.getProcessInstanceId(), task.getId(), recipient);
            try {
                emails.add(notice.to(recipient, people.emailOf(recipient)));
            } catch (IllegalStateException missing) {
                noAddress = noAddress.or(() -> Optional.of(missing));
            }
        }
        // someone without an address fails the job (retried, then an incident), but not before the others are told
        mailer.sendAll(emails);
        if (noAddress.isPresent()) {
            throw noAddress.get();
        }
    }

    private String responsible(Task task) {
        return responsible.forTask(task)
                .orElseThrow(() -> new IllegalStateException("Task " + task.getId() + " has nobody responsible"));
    }
}
