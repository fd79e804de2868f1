package uk.fostering.safeguarding.concern;

/** What kind of exploitation the carer fears; the indicators overlap, so the carer chooses. */
public enum ConcernCategory {
    /** Child sexual exploitation. */
    CSE("Sexual exploitation"),
    /** Child criminal exploitation, including county lines. */
    CCE("Criminal exploitation (for example county lines)"),
    OTHER("Something else"),
    /** Raised because the child went missing from care while no other concern was open. */
    MISSING("The child is missing from care");

    private final String label;

    ConcernCategory(String label) {
        this.label = label;
    }

    /** The words people read on pages, the same as the raise form's. */
    public String label() {
        return label;
    }
}
