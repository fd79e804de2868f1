package uk.fostering.safeguarding.notifiable.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import uk.fostering.safeguarding.notifiable.NotifiableEvents;
import uk.fostering.safeguarding.process.CurrentCaller;
import uk.fostering.safeguarding.process.FormValues;
import uk.fostering.safeguarding.process.NotifiableProcess;
import uk.fostering.safeguarding.process.NotifiableProcess.CodeVars;
import uk.fostering.safeguarding.process.NotifiableProcess.FormFields;
import uk.fostering.safeguarding.process.NotifiableProcess.Ids;
import uk.fostering.safeguarding.process.RoutingFacts;

/**
 * Completes a notification step: when it was sent and its reference go into the register, and out of the process.
 * A rejected completion changes nothing.
 */
@Component(NotifiableProcess.Beans.NOTIFICATION_RECORDER)
class NotificationRecorder implements TaskListener {

    private final NotifiableEvents events;
    private final CurrentCaller currentCaller;
    private final RoutingFacts routingFacts;

    NotificationRecorder(NotifiableEvents events, CurrentCaller currentCaller, RoutingFacts routingFacts) {
        this.events = events;
        this.currentCaller = currentCaller;
        this.routingFacts = routingFacts;
    }

    @Override
    public void notify(DelegateTask task) {
        routingFacts.requireUnchanged(task);
        long eventId = CodeVars.EVENT_ID.get(task);
        String by = currentCaller.current().map(c -> c.userId()).orElse(task.getAssignee());
        FormValues form = new FormValues(task);
        var at = form.dateTime(FormFields.NOTIFIED_AT);
        String reference = form.text(FormFields.NOTIFICATION_REFERENCE);
        switch (task.getTaskDefinitionKey()) {
            case Ids.NOTIFY_OFSTED -> events.ofstedNotified(eventId, at, reference, by);
            case Ids.NOTIFY_PLACING_AUTHORITY -> events.placingAuthorityNotified(eventId, at, reference, by);
            default -> throw new IllegalStateException("No notification is recorded for step " + task.getTaskDefinitionKey());
        }
        task.getExecution().removeVariables(FormFields.ALL);
    }
}
