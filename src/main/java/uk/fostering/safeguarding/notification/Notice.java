package uk.fostering.safeguarding.notification;

import java.util.Locale;
import java.util.Optional;
import uk.fostering.safeguarding.chronology.ConcernEventType;

/**
 * Every kind of email the service sends. The first five are named by the BPMN's {@code notification}
 * input parameter (their names are the parameter's values); the others are sent by the escalation step and
 * by changes to a login. Each kind's pair of templates is {@code templates/mail/<template>.html} and {@code .txt}.
 */
public enum Notice {
    CONCERN_RAISED,
    /** The child's social worker told of a concern: a line in the concern's chronology when it goes out. */
    SOCIAL_WORKER_NOTICE,
    CHILD_MISSING,
    MISSING_REPEATED,
    /** A human step waits for the person it is offered to: sent when the step opens, linking that step. */
    STEP_WAITING,
    ESCALATION,
    IDENTITY_CHANGE;

    public String template() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The chronology line an email of this kind leaves once it is sent, if any. */
    public Optional<ConcernEventType> chronicled() {
        return this == SOCIAL_WORKER_NOTICE ? Optional.of(ConcernEventType.SOCIAL_WORKER_NOTIFIED) : Optional.empty();
    }

    /** The kind a BPMN names in its {@code notification} input parameter. */
    public static Notice ofProcess(String parameter) {
        for (Notice notice : values()) {
            if (notice.name().equals(parameter) && notice.fromProcess()) {
                return notice;
            }
        }
        throw new IllegalArgumentException("Unknown notification " + parameter);
    }

    boolean fromProcess() {
        return this != ESCALATION && this != IDENTITY_CHANGE;
    }
}
