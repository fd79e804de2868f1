package uk.fostering.safeguarding.process;

import java.util.Set;

/**
 * Names shared by {@code notifiableEvent.bpmn} (the registered manager's notifications to Ofsted and to the
 * placing authority of one notifiable event) and its code.
 */
public final class NotifiableProcess {

    /** One notifiable event of a concern; its business key is the concern reference. Started by the service only. */
    public static final String KEY = "notifiableEvent";

    public static final class Ids {
        public static final String START = "StartEvent_NotifiableEventRegistered";
        public static final String NOTIFY_OFSTED = "Task_NotifyOfsted";
        public static final String NOTIFY_PLACING_AUTHORITY = "Task_NotifyPlacingAuthority";
        public static final String END = "EndEvent_NotificationsSent";

        private Ids() {
        }
    }

    public static final class Vars {
        /** What happened, in words for the task's name ("a child missing from care"): a kind, never what was written. */
        public static final ProcessVariable<String> EVENT_NAME = ProcessVariable.of("notifiableEventName", String.class);
        /** Who sends the notifications (the service role registered manager). */
        public static final ProcessVariable<String> REGISTERED_MANAGER_ID = ProcessVariable.of("registeredManagerId",
                String.class);

        private Vars() {
        }
    }

    /** Variables that only the code writes and reads (no model names them). */
    public static final class CodeVars {
        /** The register's row (NotifiableEvent's id): the steps record their notification on it. */
        public static final ProcessVariable<Long> EVENT_ID = ProcessVariable.of("notifiableEventId", Long.class);

        private CodeVars() {
        }
    }

    /** What the notification form submits: when it was sent and the recipient's (or the service's) reference. */
    public static final class FormFields {
        public static final FormDateTime NOTIFIED_AT = new FormDateTime("notifiedAt", "you sent the notification");
        public static final String NOTIFICATION_REFERENCE = "notificationReference";

        public static final Set<String> ALL = FormDateTime.with(Set.of(NOTIFICATION_REFERENCE), NOTIFIED_AT);

        /** Kept out of Camunda's tables, like the police's reference: the register holds it. */
        public static final Set<String> NARRATIVE = Set.of(NOTIFICATION_REFERENCE);

        private FormFields() {
        }
    }

    public static final class Forms {
        /** Both steps' form: Ofsted's and the placing authority's notifications are recorded alike. */
        public static final ProcessForm RECORD_NOTIFICATION = new ProcessForm("record-notification", FormFields.NOTIFIED_AT,
                FormFields.NOTIFICATION_REFERENCE);

        private Forms() {
        }
    }

    /** Beans the model names besides the concern's deadlines and escalateTask. */
    public static final class Beans {
        public static final String NOTIFICATION_RECORDER = "notificationRecorder";

        public static final Set<String> ALL = Set.of(NOTIFICATION_RECORDER);

        private Beans() {
        }
    }

    private NotifiableProcess() {
    }
}
