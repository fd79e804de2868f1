package uk.fostering.safeguarding.shared;

/** Ordered from lowest to highest: the level chooses how quickly each step must be done. */
public enum RiskLevel {
    LOW, MEDIUM, HIGH, CRITICAL
}
