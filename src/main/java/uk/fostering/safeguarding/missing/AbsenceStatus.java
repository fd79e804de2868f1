package uk.fostering.safeguarding.missing;

/** Where an absence stands: the child is away with their whereabouts known, back in time, or it became a missing episode. */
public enum AbsenceStatus {
    ABSENT("absent now"), BACK("back"), MISSING("became missing");

    private final String label;

    AbsenceStatus(String label) {
        this.label = label;
    }

    /** The words people read on pages. */
    public String label() {
        return label;
    }
}
