package uk.fostering.safeguarding.concern.process;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import uk.fostering.safeguarding.concern.ConcernEventType;
import uk.fostering.safeguarding.concern.ConcernService;
import uk.fostering.safeguarding.escalation.WorkingCalendar;
import uk.fostering.safeguarding.notification.Email;
import uk.fostering.safeguarding.notification.Links;
import uk.fostering.safeguarding.notification.Mailer;
import uk.fostering.safeguarding.process.ConcernProcess;
import uk.fostering.safeguarding.process.ConcernProcess.Inputs;
import uk.fostering.safeguarding.process.ConcernProcess.Vars;
import uk.fostering.safeguarding.process.MissingProcess;
import uk.fostering.safeguarding.process.ProcessVariable;
import uk.fostering.safeguarding.process.People;
import uk.fostering.safeguarding.registry.Registry;
import uk.fostering.safeguarding.registry.Roles;

/**
 * The concern's emails, run as async service tasks (retried; an incident when retries run out).
 * Input parameters: {@code notification} (what to say) and {@code recipient} (SSW, SOCIAL_WORKER, CARER,
 * SOCIAL_WORKER_OR_EDT or MANAGER, comma separated for several).
 * An email carries the concern reference and a link, never the child's name or the narrative.
 */
@Component(ConcernProcess.Beans.NOTIFY_BY_EMAIL)
class NotifyByEmail implements JavaDelegate {

    private final Mailer mailer;
    private final People people;
    private final Links links;
    private final TaskService taskService;
    private final ConcernService concerns;
    private final Registry registry;
    private final WorkingCalendar calendar;
    private final Clock clock;

    NotifyByEmail(Mailer mailer, People people, Links links, TaskService taskService, ConcernService concerns,
            Registry registry, WorkingCalendar calendar, Clock clock) {
        this.registry = registry;
        this.calendar = calendar;
        this.clock = clock;
        this.mailer = mailer;
        this.people = people;
        this.links = links;
        this.taskService = taskService;
        this.concerns = concerns;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String reference = execution.getProcessBusinessKey();
        String notification = String.valueOf(Inputs.NOTIFICATION.get(execution));
        String subject = switch (notification) {
            case "CONCERN_RAISED" -> "New safeguarding concern " + reference + ": please contact the carer";
            case "SOCIAL_WORKER_NOTICE" -> "Safeguarding concern " + reference + ": please acknowledge and decide next steps";
            case "CHILD_MISSING" -> "Child missing from care, concern " + reference + ": please act now";
            case "MISSING_REPEATED" -> "Child missing again, concern " + reference + ": risk level raised";
            default -> throw new IllegalArgumentException("Unknown notification " + notification);
        };
        // an episode's emails are sent once per episode, not once per concern
        String episode = execution.hasVariable(MissingProcess.CodeVars.EPISODE_NUMBER.name())
                ? "|E" + MissingProcess.CodeVars.EPISODE_NUMBER.get(execution) : "";
        for (String recipient : recipients(execution, reference)) {
            String link = openTaskOf(execution.getProcessInstanceId(), recipient).map(t -> links.task(t.getId()))
                    .orElse(links.concern(reference));
            boolean sent = mailer.send(new Email(reference + "|" + notification + "|" + recipient + episode, recipient,
                    people.emailOf(recipient), subject, notification.toLowerCase().replace('_', '-'),
                    Map.of("reference", reference, "link", link)));
            if (sent && notification.equals("SOCIAL_WORKER_NOTICE")) {
                concerns.note(reference, "system", ConcernEventType.SOCIAL_WORKER_NOTIFIED, recipient);
            }
        }
    }

    /** The people behind the {@code recipient} parameter: one or more of the roles below, comma separated. */
    private Set<String> recipients(DelegateExecution execution, String reference) {
        Set<String> people = new LinkedHashSet<>();
        for (String role : String.valueOf(Inputs.RECIPIENT.get(execution)).split(",")) {
            switch (role.trim()) {
                case "SSW" -> people.add(required(execution, reference, Vars.SSW_ID));
                case "SOCIAL_WORKER" -> people.add(required(execution, reference, Vars.SOCIAL_WORKER_ID));
                case "CARER" -> people.add(required(execution, reference, Vars.CARER_ID));
                // the child's social worker in office hours; the emergency duty team when their office is closed
                case "SOCIAL_WORKER_OR_EDT" -> {
                    if (calendar.isOfficeHours(clock.instant())) {
                        people.add(required(execution, reference, Vars.SOCIAL_WORKER_ID));
                    } else {
                        people.addAll(this.people.membersOf(Roles.EMERGENCY_DUTY_TEAM));
                    }
                }
                case "MANAGER" -> registry.managerOf(required(execution, reference, Vars.SSW_ID))
                        .or(registry::registeredManager).ifPresent(people::add);
                default -> throw new IllegalArgumentException("Unknown recipient " + role);
            }
        }
        if (people.isEmpty()) {
            // a notice that reaches nobody must not pass as sent: the job fails and ends as an incident
            throw new IllegalStateException("Concern " + reference + " has nobody to email for "
                    + Inputs.RECIPIENT.get(execution));
        }
        return people;
    }

    private static String required(DelegateExecution execution, String reference, ProcessVariable<String> variable) {
        String userId = variable.get(execution);
        if (userId == null) {
            throw new IllegalStateException("Concern " + reference + " has no " + variable.name() + " to email");
        }
        return userId;
    }

    /** The BPMN offers each task to one named person (candidate user) who claims it (assignee): either counts. */
    private Optional<Task> openTaskOf(String processInstanceId, String userId) {
        return taskService.createTaskQuery().processInstanceId(processInstanceId).taskCandidateUser(userId)
                .includeAssignedTasks().orderByTaskCreateTime().desc().list().stream().findFirst();
    }
}
