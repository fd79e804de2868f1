package uk.fostering.safeguarding.web;

/** The caller is signed in but their role does not allow this (it is not about one child's record). */
public class ForbiddenException extends RuntimeException {

    public ForbiddenException(String message) {
        super(message);
    }
}
