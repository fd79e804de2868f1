package uk.fostering.safeguarding.shared;

/**
 * The concern or child does not exist, or the caller may not see it: the two answers are the
 * same on purpose, so that nobody learns what exists by asking.
 */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what) {
        super(what + " not found");
    }
}
