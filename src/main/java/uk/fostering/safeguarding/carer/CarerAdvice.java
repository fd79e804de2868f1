package uk.fostering.safeguarding.carer;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import uk.fostering.safeguarding.shared.NotFoundException;
import uk.fostering.safeguarding.web.FormToken;

/**
 * The carers' pages' answers when the page cannot be shown: not signed in (sign in first), not a carer (403), a
 * child or step that is not the carer's or does not exist (the same 404 either way), a form posted from elsewhere.
 */
@ControllerAdvice(basePackageClasses = CarerAdvice.class)
class CarerAdvice {

    @ExceptionHandler(Carers.NotSignedIn.class)
    String signIn() {
        return "carer/sign-in";
    }

    @ExceptionHandler(Carers.NotACarer.class)
    @ResponseStatus(HttpStatus.FORBIDDEN)
    String notACarer() {
        return "carer/not-a-carer";
    }

    @ExceptionHandler(NotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "carer/not-found";
    }

    @ExceptionHandler(StaleForm.class)
    @ResponseStatus(HttpStatus.FORBIDDEN)
    String staleForm() {
        return "carer/out-of-date";
    }

    /** Every form post of the carers' pages: refused, changing nothing, unless it carries the session's token. */
    static void requireToken(HttpServletRequest request, String token) {
        if (!FormToken.matches(request, token)) {
            throw new StaleForm();
        }
    }

    /** A form post without the session's token: from another site, or a page older than the sign-in. */
    static final class StaleForm extends RuntimeException {
        StaleForm() {
            super("form token missing or wrong", null, false, false);
        }
    }
}
