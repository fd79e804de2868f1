package uk.fostering.safeguarding.notification;

import java.util.Map;
import uk.fostering.safeguarding.process.HumanStep;

/**
 * One notice with its facts: the one place where an email's key, subject and model are built. The key says
 * what the email is about and to whom; the ledger ({@code sent_notification}) holds keys of earlier releases,
 * so their formats never change (a job retried after an upgrade must not send again).
 */
public sealed interface Notification {

    Notice notice();

    String key(String recipientId);

    String subject();

    Map<String, Object> model();

    default Email to(String recipientId, String address) {
        return new Email(key(recipientId), recipientId, address, subject(), notice().template(), model());
    }

    /**
     * A concern's notice sent by its process: once per concern and recipient, or once per missing episode
     * ({@code episode}, null outside an episode). {@code link} leads to the recipient's task or the concern's page.
     * {@code mayTalkWithChild} is the SSW's decision on talking with the child, null while not advised yet: the
     * social worker's email says what the carer was actually told.
     */
    record AboutConcern(Notice notice, String reference, Integer episode, String link, Boolean mayTalkWithChild)
            implements Notification {

        public AboutConcern {
            if (!notice.fromProcess() || notice == Notice.STEP_WAITING) {
                throw new IllegalArgumentException(notice + " is not a concern's notice");
            }
        }

        public AboutConcern(Notice notice, String reference, Integer episode, String link) {
            this(notice, reference, episode, link, null);
        }

        @Override
        public String key(String recipientId) {
            return reference + "|" + notice + "|" + recipientId + (episode == null ? "" : "|E" + episode);
        }

        @Override
        public String subject() {
            return switch (notice) {
                case CONCERN_RAISED -> "New safeguarding concern " + reference + ": please contact the carer";
                case SOCIAL_WORKER_NOTICE ->
                        "Safeguarding concern " + reference + ": please acknowledge and decide next steps";
                case CHILD_MISSING -> "Child missing from care, concern " + reference + ": please act now";
                case MISSING_REPEATED -> "Child missing again, concern " + reference + ": risk level raised";
                case STEP_WAITING, ESCALATION, IDENTITY_CHANGE -> throw new IllegalStateException(notice.name());
            };
        }

        @Override
        public Map<String, Object> model() {
            String talk = mayTalkWithChild == null ? "not-advised" : mayTalkWithChild ? "allowed" : "not-yet";
            return Map.of("reference", reference, "link", link, "talk", talk);
        }
    }

    /**
     * A human step has opened and waits for one of the people it is offered to: one email per task and person, so a
     * retried job sends nothing twice. {@code due} is the step's due date in words (UK time), null when it has none;
     * {@code mayTalkWithChild} the SSW's decision on talking with the child, null while not advised, so that the
     * words follow what was actually decided. {@code link} opens the step for that person.
     */
    record StepWaiting(String reference, String taskId, HumanStep step, String due, Boolean mayTalkWithChild,
            String link) implements Notification {

        @Override
        public Notice notice() {
            return Notice.STEP_WAITING;
        }

        @Override
        public String key(String recipientId) {
            return String.join("|", reference, Notice.STEP_WAITING.name(), taskId, recipientId);
        }

        @Override
        public String subject() {
            return "%s for concern %s is waiting for you".formatted(step.label(), reference);
        }

        @Override
        public Map<String, Object> model() {
            String talk = mayTalkWithChild == null ? "not-advised" : mayTalkWithChild ? "allowed" : "not-yet";
            return Map.of("reference", reference, "stepName", step.label(), "step", step.slug(),
                    "due", due == null ? "" : due, "talk", talk, "link", link);
        }
    }

    /**
     * A task escalated one level: one email per person reached per round, so a retried job sends nothing twice.
     * {@code overdue}: claimed but past its due date; otherwise not acknowledged (claimed) in time.
     */
    record TaskEscalation(String reference, String taskId, String stepName, String responsibleId, boolean overdue,
            int level, int round, String link) implements Notification {

        @Override
        public Notice notice() {
            return Notice.ESCALATION;
        }

        @Override
        public String key(String recipientId) {
            // the middle part is the escalation's reason as it has always been written: OVERDUE or UNACKNOWLEDGED
            return String.join("|", reference, "ESCALATION", taskId, overdue ? "OVERDUE" : "UNACKNOWLEDGED",
                    String.valueOf(round), recipientId);
        }

        @Override
        public String subject() {
            return "Escalation (level %d): %s for concern %s is %s".formatted(level, stepName, reference,
                    overdue ? "overdue" : "not acknowledged");
        }

        @Override
        public Map<String, Object> model() {
            return Map.of("reference", reference, "stepName", stepName, "responsible", responsibleId, "level", level,
                    "overdue", overdue, "link", link);
        }
    }

    /**
     * A change to someone's login ({@code changeId} names the change), told to the person and the registered
     * manager: what changed, who and when, never a password or an address.
     */
    record LoginChange(String changeId, String personId, String change, String actor, String when, String link)
            implements Notification {

        @Override
        public Notice notice() {
            return Notice.IDENTITY_CHANGE;
        }

        @Override
        public String key(String recipientId) {
            return "identity-change|" + changeId + "|" + recipientId;
        }

        @Override
        public String subject() {
            return "Safeguarding service: a change to the login of " + personId;
        }

        @Override
        public Map<String, Object> model() {
            return Map.of("person", personId, "change", change, "actor", actor, "when", when, "link", link);
        }
    }
}
