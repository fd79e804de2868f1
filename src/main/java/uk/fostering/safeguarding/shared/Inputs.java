package uk.fostering.safeguarding.shared;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Checks what people submit against its Bean Validation rules, naming every bad field at once. */
@Component
public class Inputs {

    private final Validator validator;

    public Inputs(Validator validator) {
        this.validator = validator;
    }

    public <T> T validate(T input) {
        Set<ConstraintViolation<T>> violations = validator.validate(input);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations.stream()
                    .map(v -> new InvalidInputException.FieldProblem(fieldName(v), v.getMessage()))
                    .sorted(Comparator.comparing(InvalidInputException.FieldProblem::field))
                    .toList());
        }
        return input;
    }

    private static String fieldName(ConstraintViolation<?> violation) {
        // "indicators[2].<list element>" is reported as "indicators"
        return violation.getPropertyPath().toString().replaceAll("\\[.*$", "");
    }
}
