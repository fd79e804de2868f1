package uk.fostering.safeguarding.notification.process;

import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import uk.fostering.safeguarding.chronology.Chronology;
import uk.fostering.safeguarding.notification.Links;
import uk.fostering.safeguarding.notification.Mailer;
import uk.fostering.safeguarding.notification.Notice;
import uk.fostering.safeguarding.notification.Notification;
import uk.fostering.safeguarding.notification.Recipient;
import uk.fostering.safeguarding.process.ConcernProcess;
import uk.fostering.safeguarding.process.ConcernProcess.Inputs;
import uk.fostering.safeguarding.process.ConcernProcess.Vars;
import uk.fostering.safeguarding.process.MissingProcess;
import uk.fostering.safeguarding.process.HumanStep;
import uk.fostering.safeguarding.process.People;
import uk.fostering.safeguarding.registry.Roles;
import uk.fostering.safeguarding.shared.ServiceTime;

/**
 * A process's emails, run as async service tasks (retried; an incident when retries run out). Any model may
 * use it: input parameters {@code notification} (a {@link Notice}) and {@code recipient} (one or more
 * {@link Recipient}s, comma separated); the people come from the process's people variables.
 * {@code STEP_WAITING} names the step instead ({@code step}, a user task's id): each person that step's task is
 * offered to (its candidates, and whoever claimed it) is told once, with a link to the task: Tasklist for staff,
 * the carer's own step page for a foster carer. A step completed before the job ran is told to nobody.
 * An email carries the concern reference and a link, never the child's name or the narrative.
 */
@Component(ConcernProcess.Beans.NOTIFY_BY_EMAIL)
class NotifyByEmail implements JavaDelegate {

    private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.UK);

    private final Mailer mailer;
    private final People people;
    private final Links links;
    private final TaskService taskService;
    private final Chronology chronology;
    private final Recipient.Directory directory;

    NotifyByEmail(Mailer mailer, People people, Links links, TaskService taskService, Chronology chronology,
            Recipient.Directory directory) {
        this.mailer = mailer;
        this.people = people;
        this.links = links;
        this.taskService = taskService;
        this.chronology = chronology;
        this.directory = directory;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String reference = execution.getProcessBusinessKey();
        Notice notice = Notice.ofProcess(Inputs.NOTIFICATION.get(execution));
        if (notice == Notice.STEP_WAITING) {
            stepWaiting(execution, reference);
            return;
        }
        // an episode's emails are sent once per episode, not once per concern
        Integer episode = execution.hasVariable(MissingProcess.CodeVars.EPISODE_NUMBER.name())
                ? MissingProcess.CodeVars.EPISODE_NUMBER.get(execution) : null;
        // set by the SSW's advice; an earlier email (the social worker told before advice) says none was given yet
        Boolean mayTalk = mayTalk(execution);
        for (String recipient : Recipient.people(reference,
                Recipient.parse(Inputs.RECIPIENT.get(execution)), execution::getVariable,
                directory)) {
            String link = openTaskOf(execution.getProcessInstanceId(), recipient).map(t -> links.task(t.getId()))
                    .orElse(links.concern(reference));
            boolean sent = mailer.send(new Notification.AboutConcern(notice, reference, episode, link, mayTalk)
                    .to(recipient, people.emailOf(recipient)));
            if (sent) {
                notice.chronicled().ifPresent(event -> chronology.note(reference, "system", event, recipient));
            }
        }
    }

    private void stepWaiting(DelegateExecution execution, String reference) {
        HumanStep step = HumanStep.ofTask(Inputs.STEP.get(execution));
        Task task = taskService.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
                .taskDefinitionKey(step.taskId()).singleResult();
        if (task == null) {
            return; // done before the email's job ran: nothing waits any more
        }
        String due = task.getDueDate() == null ? null : DUE.format(task.getDueDate().toInstant().atZone(ServiceTime.ZONE));
        for (String recipient : offeredTo(task, reference)) {
            String link = people.isMemberOf(recipient, Roles.CARERS) ? links.carerStep(task.getId()) : links.task(task.getId());
            mailer.send(new Notification.StepWaiting(reference, task.getId(), step, due, mayTalk(execution), link)
                    .to(recipient, people.emailOf(recipient)));
        }
    }

    /** Everyone the task is offered to by name, and whoever has claimed it: each once, in order. */
    private Set<String> offeredTo(Task task, String reference) {
        Set<String> offered = new LinkedHashSet<>();
        if (task.getAssignee() != null) {
            offered.add(task.getAssignee());
        }
        taskService.getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getUserId() != null)
                .map(IdentityLink::getUserId).forEach(offered::add);
        if (offered.isEmpty()) {
            // a step offered to nobody must not pass as told: the job fails and ends as an incident
            throw new IllegalStateException("Task " + task.getId() + " of concern " + reference + " is offered to nobody");
        }
        return offered;
    }

    private static Boolean mayTalk(DelegateExecution execution) {
        return execution.hasVariable(Vars.MAY_TALK_WITH_CHILD.name()) ? Vars.MAY_TALK_WITH_CHILD.get(execution) : null;
    }

    /** The BPMN offers each task to one named person (candidate user) who claims it (assignee): either counts. */
    private Optional<Task> openTaskOf(String processInstanceId, String userId) {
        return taskService.createTaskQuery().processInstanceId(processInstanceId).taskCandidateUser(userId)
                .includeAssignedTasks().orderByTaskCreateTime().desc().list().stream().findFirst();
    }
}
