package uk.fostering.safeguarding.chronology;

/** Entries of a concern's chronology. */
public enum ConcernEventType {
    RAISED, RISK_ASSESSED, RISK_RAISED, RECORDED, ACKNOWLEDGED, ADVISED, SOCIAL_WORKER_NOTIFIED, DECIDED, TALKED_WITH_CHILD,
    ESCALATED, CLOSED,
    MISSING_REPORTED, REPORTED_TO_POLICE, STRATEGY_DISCUSSED, RETURNED, RETURN_INTERVIEW_DONE, RISK_REVIEWED,
    REPEATEDLY_MISSING,
    /** About the child rather than the concern: recorded on the child's open concern, or their latest. */
    MISSING_PROFILE_CHANGED
}
