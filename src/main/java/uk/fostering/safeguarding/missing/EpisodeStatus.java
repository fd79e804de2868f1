package uk.fostering.safeguarding.missing;

/** Where a missing episode stands: the child is away, back with work still to do, or everything is done. */
public enum EpisodeStatus {
    MISSING("missing now"), RETURNED("back, follow-up open"), CLOSED("closed");

    private final String label;

    EpisodeStatus(String label) {
        this.label = label;
    }

    /** The words people read on pages, after "Episode 1: ". */
    public String label() {
        return label;
    }
}
