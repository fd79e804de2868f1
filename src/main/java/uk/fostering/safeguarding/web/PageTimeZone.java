package uk.fostering.safeguarding.web;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import uk.fostering.safeguarding.shared.ServiceTime;

/** Every page's templates show times in the service's zone: {@code ${#temporals.format(t, pattern, timeZone)}}. */
@ControllerAdvice
class PageTimeZone {

    @ModelAttribute("timeZone")
    String timeZone() {
        return ServiceTime.ZONE.getId();
    }
}
