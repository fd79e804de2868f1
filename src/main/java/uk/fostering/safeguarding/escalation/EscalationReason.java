package uk.fostering.safeguarding.escalation;

public enum EscalationReason {
    /** Nobody claimed the task within its acknowledgement window. */
    UNACKNOWLEDGED,
    /** Claimed, but not completed by its due date. */
    OVERDUE
}
