package uk.fostering.safeguarding.shared;

/**
 * The same person already raised this concern (same child, same time observed, same words): a
 * second submission, for example after a double click or a retried request, is refused so that two
 * processes never chase one concern. The caller may see the first one, so its reference is named.
 */
public class DuplicateConcernException extends RuntimeException {

    private final String existingReference;

    public DuplicateConcernException(String existingReference) {
        super("This concern was already raised as " + existingReference);
        this.existingReference = existingReference;
    }

    public String getExistingReference() {
        return existingReference;
    }
}
