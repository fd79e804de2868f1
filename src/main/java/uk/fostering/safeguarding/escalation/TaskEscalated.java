package uk.fostering.safeguarding.escalation;

import java.util.List;

/** One step up of a task's escalation: who it reached, at which level, in which round. */
public record TaskEscalated(String reference, String taskId, String step, String stepName, String responsibleId,
        EscalationReason reason, int level, int round, List<String> recipients) {
}
