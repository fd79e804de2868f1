package uk.fostering.safeguarding.concern;

/** Entries of a concern's chronology. */
public enum ConcernEventType {
    RAISED, RISK_ASSESSED, RISK_RAISED, RECORDED, ACKNOWLEDGED, ADVISED, SOCIAL_WORKER_NOTIFIED, DECIDED, TALKED_WITH_CHILD,
    ESCALATED, CLOSED
}
