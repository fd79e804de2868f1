package uk.fostering.safeguarding.concern;

public enum ConcernStatus {
    OPEN("Open"), CLOSED("Closed");

    private final String label;

    ConcernStatus(String label) {
        this.label = label;
    }

    /** The words people read on pages. */
    public String label() {
        return label;
    }
}
