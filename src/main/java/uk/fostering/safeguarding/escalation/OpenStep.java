package uk.fostering.safeguarding.escalation;

import java.time.Instant;

/** A task of a concern as escalation sees it, whatever engine holds it. */
public record OpenStep(String reference, String taskId, String step, String stepName, String responsibleId,
        boolean acknowledged, Instant due) {
}
