package uk.fostering.safeguarding.shared;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Text that people type: line breaks and tabs are fine, other control characters are not, and neither is half
 * of a character: a lone UTF-16 surrogate (JSON's {@code "\ud800"}) cannot be stored and came back as "?".
 */
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = PlainText.Validator.class)
public @interface PlainText {

    String message() default "must not contain control characters";

    String BROKEN_CHARACTER = "must not contain broken characters (a lone UTF-16 surrogate)";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<PlainText, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            // a surrogate pair is one code point; a lone surrogate stays a code point of its own
            if (value.codePoints().anyMatch(c -> Character.getType(c) == Character.SURROGATE)) {
                context.disableDefaultConstraintViolation();
                context.buildConstraintViolationWithTemplate(BROKEN_CHARACTER).addConstraintViolation();
                return false;
            }
            return value.chars().noneMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t');
        }
    }
}
