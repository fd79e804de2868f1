package uk.fostering.safeguarding.concern;

public enum ConcernStatus {
    OPEN, CLOSED
}
