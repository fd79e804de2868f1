package uk.fostering.safeguarding.concern;

/** The child's social worker's decision on a concern. */
public enum NextStep {
    NO_FURTHER_ACTION("No further action"),
    MONITOR("Monitor"),
    STRATEGY_DISCUSSION("Hold a strategy discussion"),
    EXPLOITATION_RISK_ASSESSMENT("Exploitation risk assessment"),
    POLICE_REFERRAL("Refer to the police");

    private final String label;

    NextStep(String label) {
        this.label = label;
    }

    /** The words people read on pages, the same as the decision form's. */
    public String label() {
        return label;
    }
}
