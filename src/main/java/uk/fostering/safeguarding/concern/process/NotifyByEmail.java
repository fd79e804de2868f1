package uk.fostering.safeguarding.concern.process;

import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import uk.fostering.safeguarding.concern.ConcernEventType;
import uk.fostering.safeguarding.concern.ConcernService;
import uk.fostering.safeguarding.notification.Email;
import uk.fostering.safeguarding.notification.Links;
import uk.fostering.safeguarding.notification.Mailer;
import uk.fostering.safeguarding.process.ConcernProcess.Vars;
import uk.fostering.safeguarding.process.People;

/**
 * The concern's emails, run as async service tasks (retried; an incident when retries run out).
 * Input parameters: {@code notification} (what to say) and {@code recipient} (SSW, SOCIAL_WORKER or CARER).
 * An email carries the concern reference and a link, never the child's name or the narrative.
 */
@Component("notifyByEmail")
class NotifyByEmail implements JavaDelegate {

    private final Mailer mailer;
    private final People people;
    private final Links links;
    private final TaskService taskService;
    private final ConcernService concerns;

    NotifyByEmail(Mailer mailer, People people, Links links, TaskService taskService, ConcernService concerns) {
        this.mailer = mailer;
        this.people = people;
        this.links = links;
        this.taskService = taskService;
        this.concerns = concerns;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String reference = execution.getProcessBusinessKey();
        String notification = String.valueOf(execution.getVariable("notification"));
        String recipientVariable = switch (String.valueOf(execution.getVariable("recipient"))) {
            case "SSW" -> Vars.SSW_ID;
            case "SOCIAL_WORKER" -> Vars.SOCIAL_WORKER_ID;
            case "CARER" -> Vars.CARER_ID;
            default -> throw new IllegalArgumentException("Unknown recipient " + execution.getVariable("recipient"));
        };
        String recipient = (String) execution.getVariable(recipientVariable);
        if (recipient == null) {
            // a notice that reaches nobody must not pass as sent: the job fails and ends as an incident
            throw new IllegalStateException("Concern " + reference + " has no " + recipientVariable + " to email");
        }
        String link = openTaskOf(execution.getProcessInstanceId(), recipient).map(t -> links.task(t.getId()))
                .orElse(links.concern(reference));
        String subject = switch (notification) {
            case "CONCERN_RAISED" -> "New safeguarding concern " + reference + ": please contact the carer";
            case "SOCIAL_WORKER_NOTICE" -> "Safeguarding concern " + reference + ": please acknowledge and decide next steps";
            default -> throw new IllegalArgumentException("Unknown notification " + notification);
        };
        boolean sent = mailer.send(new Email(reference + "|" + notification + "|" + recipient, recipient,
                people.emailOf(recipient), subject, notification.toLowerCase().replace('_', '-'),
                Map.of("reference", reference, "link", link)));
        if (sent && notification.equals("SOCIAL_WORKER_NOTICE")) {
            concerns.note(reference, "system", ConcernEventType.SOCIAL_WORKER_NOTIFIED, recipient);
        }
    }

    /** The BPMN offers each task to one named person (candidate user) who claims it (assignee): either counts. */
    private Optional<Task> openTaskOf(String processInstanceId, String userId) {
        return taskService.createTaskQuery().processInstanceId(processInstanceId).taskCandidateUser(userId)
                .includeAssignedTasks().orderByTaskCreateTime().desc().list().stream().findFirst();
    }
}
