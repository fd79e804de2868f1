package uk.fostering.safeguarding.notification;

import java.util.List;
import org.springframework.stereotype.Component;
import uk.fostering.safeguarding.process.ConcernProcess;
import uk.fostering.safeguarding.process.ConcernProcess.Vars;

/**
 * Who a step that cannot wait is offered to, for the BPMN's {@code candidateUsers}: the child's social worker while
 * their office is open, otherwise the emergency duty team. The same rule as the emails to
 * {@link Recipient#SOCIAL_WORKER_OR_EDT}, so that a step and its email never go to different people; the social
 * worker also when the duty team has nobody in it.
 */
@Component(ConcernProcess.Beans.ON_DUTY)
public class OnDuty {

    private final Recipient.Directory directory;

    OnDuty(Recipient.Directory directory) {
        this.directory = directory;
    }

    public List<String> socialWorkerOrDutyTeam(String reference, String socialWorkerId) {
        try {
            return List.copyOf(Recipient.people(reference, List.of(Recipient.SOCIAL_WORKER_OR_EDT),
                    name -> Vars.SOCIAL_WORKER_ID.name().equals(name) ? socialWorkerId : null, directory));
        } catch (IllegalStateException nobodyOnDuty) {
            // a duty team with nobody in it must not refuse the carer's raise: the social worker has the step then,
            // and its escalation reaches their managers
            return List.of(socialWorkerId);
        }
    }
}
