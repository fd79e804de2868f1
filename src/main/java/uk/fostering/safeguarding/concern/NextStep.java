package uk.fostering.safeguarding.concern;

/** The child's social worker's decision on a concern. */
public enum NextStep {
    NO_FURTHER_ACTION, MONITOR, STRATEGY_DISCUSSION, EXPLOITATION_RISK_ASSESSMENT, POLICE_REFERRAL
}
