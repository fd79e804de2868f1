package uk.fostering.safeguarding.shared;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Duration;
import java.time.Instant;

/**
 * A time in a child's case that cannot be older than the child: nothing about a child in care happened more
 * than 20 years ago. Catches typing slips (0026 for 2026) and absurd values such as year 1 or -999999999.
 * "Ago" is counted from the engine's clock, like "not in the future".
 */
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = NotLongAgo.Validator.class)
public @interface NotLongAgo {

    /** How long ago is too long: 20 years, leap days included. */
    Duration LIMIT = Duration.ofDays(20 * 366);

    String message() default "must not be more than 20 years ago";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<NotLongAgo, Instant> {

        @Override
        public boolean isValid(Instant value, ConstraintValidatorContext context) {
            return value == null || !value.isBefore(context.getClockProvider().getClock().instant().minus(LIMIT));
        }
    }
}
