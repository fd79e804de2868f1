package uk.fostering.safeguarding.escalation;

import java.util.List;

/** Published (inside the escalating transaction) each time a task escalates. */
public record TaskEscalated(String reference, String taskId, String step, String stepName, String responsibleId,
        EscalationReason reason, int level, int round, List<String> recipients) {
}
