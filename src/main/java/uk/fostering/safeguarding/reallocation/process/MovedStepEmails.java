package uk.fostering.safeguarding.reallocation.process;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import uk.fostering.safeguarding.notification.Email;
import uk.fostering.safeguarding.notification.Links;
import uk.fostering.safeguarding.notification.Mailer;
import uk.fostering.safeguarding.notification.Notification;
import uk.fostering.safeguarding.process.ConcernProcess.Vars;
import uk.fostering.safeguarding.process.HumanStep;
import uk.fostering.safeguarding.process.People;
import uk.fostering.safeguarding.registry.Roles;
import uk.fostering.safeguarding.shared.ServiceTime;

/**
 * Tells each person a step was moved to that it waits for them: the step's usual "waiting for you" email (the
 * reference and a link, nothing about the child), sent once the move is committed, so that a change that is rolled
 * back emails nobody. The email's key names the task and the person, so nobody is told twice about one step.
 */
@Component
class MovedStepEmails {

    private static final Logger log = LoggerFactory.getLogger(MovedStepEmails.class);
    private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.UK);

    private final Mailer mailer;
    private final People people;
    private final Links links;
    private final RuntimeService runtime;

    MovedStepEmails(Mailer mailer, People people, Links links, RuntimeService runtime) {
        this.mailer = mailer;
        this.people = people;
        this.links = links;
        this.runtime = runtime;
    }

    void tellAfterCommit(String reference, Task task, Collection<String> recipients) {
        if (recipients.isEmpty() || !HumanStep.isHumanStep(task.getTaskDefinitionKey())) {
            return;
        }
        HumanStep step = HumanStep.ofTask(task.getTaskDefinitionKey());
        String due = task.getDueDate() == null ? null : DUE.format(task.getDueDate().toInstant().atZone(ServiceTime.ZONE));
        Object mayTalk = runtime.getVariable(task.getProcessInstanceId(), Vars.MAY_TALK_WITH_CHILD.name());
        List<Email> emails = new ArrayList<>();
        for (String recipient : recipients) {
            try {
                String link = people.isMemberOf(recipient, Roles.CARERS) ? links.carerStep(task.getId())
                        : links.task(task.getId());
                emails.add(new Notification.StepWaiting(reference, task.getId(), step, due, (Boolean) mayTalk, link)
                        .to(recipient, people.emailOf(recipient)));
            } catch (IllegalStateException noAddress) {
                // someone in the registry without a login yet: the step is theirs and escalates as any other
                log.warn("Step {} of concern {} moved to {}, who has no email address yet", task.getId(), reference,
                        recipient);
            }
        }
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            send(emails);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                send(emails);
            }
        });
    }

    private void send(List<Email> emails) {
        for (Email email : emails) {
            try {
                mailer.send(email);
            } catch (RuntimeException e) {
                // the move stands; the step's escalation still reaches the person's manager if nobody acts
                log.warn("Email {} to {} about a moved step could not be sent: {}", email.key(), email.recipientId(),
                        e.getMessage());
            }
        }
    }
}
