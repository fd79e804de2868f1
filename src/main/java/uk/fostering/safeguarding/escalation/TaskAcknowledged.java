package uk.fostering.safeguarding.escalation;

/** Published when the responsible person claims a task. */
public record TaskAcknowledged(String reference, String taskId, String stepName, String by) {
}
