package uk.fostering.safeguarding.shared;

/** Ordered from lowest to highest: the level chooses how quickly each step must be done. */
public enum RiskLevel {
    LOW("Low"), MEDIUM("Medium"), HIGH("High"), CRITICAL("Critical");

    private final String label;

    RiskLevel(String label) {
        this.label = label;
    }

    /** The words people read on pages and forms. */
    public String label() {
        return label;
    }
}
