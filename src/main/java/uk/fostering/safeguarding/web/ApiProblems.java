package uk.fostering.safeguarding.web;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import uk.fostering.safeguarding.shared.ConflictException;
import uk.fostering.safeguarding.shared.DuplicateConcernException;
import uk.fostering.safeguarding.shared.InvalidInputException;
import uk.fostering.safeguarding.shared.NotFoundException;

/**
 * Errors of the service's API as application/problem+json: 400 names each bad field and why,
 * 404 says the same for "does not exist" and "not yours"; nothing internal leaks into a body.
 */
@RestControllerAdvice(basePackages = "uk.fostering.safeguarding")
class ApiProblems {

    private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalid(InvalidInputException e) {
        return badRequest("The request has invalid fields", e.getProblems().stream()
                .map(p -> Map.of("field", p.field(), "message", p.message())).toList());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        if (e.getCause() instanceof UnrecognizedPropertyException unknown) {
            return badRequest("The request has an unknown field",
                    List.of(Map.of("field", unknown.getPropertyName(), "message", "is not a known field")));
        }
        if (e.getCause() instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            return badRequest("The request has a value of the wrong type",
                    List.of(Map.of("field", path(mismatch), "message", expected(mismatch.getTargetType()))));
        }
        if (e.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return badRequest("The request has a value of the wrong type",
                    List.of(Map.of("field", path(mapping), "message", "has a value of the wrong type")));
        }
        return badRequest("The request body is not valid JSON", List.of(Map.of("field", "body", "message", "is not valid JSON")));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail mismatch(MethodArgumentTypeMismatchException e) {
        return badRequest("The request has an invalid parameter",
                List.of(Map.of("field", e.getName(), "message", "has an invalid value")));
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setTitle("Not found");
        return problem;
    }

    @ExceptionHandler(DuplicateConcernException.class)
    ProblemDetail duplicate(DuplicateConcernException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setTitle("Duplicate concern");
        problem.setProperty("reference", e.getExistingReference());
        return problem;
    }

    @ExceptionHandler(ConflictException.class)
    ProblemDetail conflict(ConflictException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setTitle("Conflicts with the current state");
        return problem;
    }

    @ExceptionHandler(ForbiddenException.class)
    ProblemDetail forbidden(ForbiddenException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage());
        problem.setTitle("Not allowed");
        return problem;
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) {
        // Spring's own web errors (wrong method, media type, path) already know their status
        if (e instanceof ErrorResponse known) {
            return known.getBody();
        }
        log.error("Unexpected error in the API", e);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "Something went wrong; nothing was changed. Please try again.");
        problem.setTitle("Unexpected error");
        return problem;
    }

    private static ProblemDetail badRequest(String title, List<Map<String, String>> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                errors.stream().map(m -> m.get("field") + ": " + m.get("message")).collect(Collectors.joining("; ")));
        problem.setTitle(title);
        problem.setProperty("errors", errors);
        return problem;
    }

    /** What a field takes, in plain words: the API converts nothing (see {@link StrictJson}). */
    private static String expected(Class<?> type) {
        if (type == Instant.class) {
            return StrictJson.DATE_TIME;
        }
        if (type == Boolean.class || type == boolean.class) {
            return "must be true or false";
        }
        if (type == String.class) {
            return "must be text";
        }
        if (type != null && type.isEnum()) {
            return "must be one of " + Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name())
                    .collect(Collectors.joining(", "));
        }
        return "has a value of the wrong type or format";
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }
}
