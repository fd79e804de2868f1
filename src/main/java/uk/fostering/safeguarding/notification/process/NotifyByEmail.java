package uk.fostering.safeguarding.notification.process;

import java.util.Optional;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
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
import uk.fostering.safeguarding.process.People;

/**
 * A process's emails, run as async service tasks (retried; an incident when retries run out). Any model may
 * use it: input parameters {@code notification} (a {@link Notice}) and {@code recipient} (one or more
 * {@link Recipient}s, comma separated); the people come from the process's people variables.
 * An email carries the concern reference and a link, never the child's name or the narrative.
 */
@Component(ConcernProcess.Beans.NOTIFY_BY_EMAIL)
class NotifyByEmail implements JavaDelegate {

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
        // an episode's emails are sent once per episode, not once per concern
        Integer episode = execution.hasVariable(MissingProcess.CodeVars.EPISODE_NUMBER.name())
                ? MissingProcess.CodeVars.EPISODE_NUMBER.get(execution) : null;
        // set by the SSW's advice; an earlier email (the social worker told before advice) says none was given yet
        Boolean mayTalk = execution.hasVariable(Vars.MAY_TALK_WITH_CHILD.name()) ? Vars.MAY_TALK_WITH_CHILD.get(execution) : null;
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

    /** The BPMN offers each task to one named person (candidate user) who claims it (assignee): either counts. */
    private Optional<Task> openTaskOf(String processInstanceId, String userId) {
        return taskService.createTaskQuery().processInstanceId(processInstanceId).taskCandidateUser(userId)
                .includeAssignedTasks().orderByTaskCreateTime().desc().list().stream().findFirst();
    }
}
