package uk.fostering.safeguarding.missing;

/** Where a missing episode stands: the child is away, back with work still to do, or everything is done. */
public enum EpisodeStatus {
    MISSING, RETURNED, CLOSED
}
