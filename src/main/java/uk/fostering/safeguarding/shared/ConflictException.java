package uk.fostering.safeguarding.shared;

/** The request is valid but clashes with the current state (the child is already reported missing, say). */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
