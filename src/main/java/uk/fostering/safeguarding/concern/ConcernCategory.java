package uk.fostering.safeguarding.concern;

/** What kind of exploitation the carer fears; the indicators overlap, so the carer chooses. */
public enum ConcernCategory {
    /** Child sexual exploitation. */
    CSE,
    /** Child criminal exploitation, including county lines. */
    CCE,
    OTHER,
    /** Raised because the child went missing from care while no other concern was open. */
    MISSING
}
