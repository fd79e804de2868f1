package uk.fostering.safeguarding.process;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.VariableScope;
import uk.fostering.safeguarding.shared.InvalidInputException;
import uk.fostering.safeguarding.shared.ServiceTime;

/**
 * Reads what Tasklist forms submit. form-js sends text, booleans, a checklist as a JSON array and
 * a date-time as an ISO string without a zone (the carer's local time, which is UK time here).
 */
public final class FormValues {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final VariableScope scope;

    public FormValues(VariableScope scope) {
        this.scope = scope;
    }

    public String text(String name) {
        Object value = scope.getVariable(name);
        return value == null ? null : value.toString();
    }

    public boolean flag(String name) {
        Object value = scope.getVariable(name);
        return value instanceof Boolean b ? b : Boolean.parseBoolean(String.valueOf(value));
    }

    public Boolean yesNo(String name) {
        String value = text(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value) {
            case "YES" -> true;
            case "NO" -> false;
            default -> throw InvalidInputException.of(name, "must be YES or NO");
        };
    }

    public <E extends Enum<E>> E choice(String name, Class<E> type) {
        String value = text(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of(name, "must be one of " + Arrays.stream(type.getEnumConstants())
                    .map(Enum::name).collect(Collectors.joining(", ")));
        }
    }

    public <E extends Enum<E>> List<E> choices(String name, Class<E> type) {
        Object value = scope.getVariable(name);
        if (value == null) {
            return List.of();
        }
        List<String> codes;
        if (value instanceof Collection<?> collection) {
            codes = collection.stream().map(String::valueOf).toList();
        } else {
            try {
                codes = Arrays.asList(JSON.readValue(value.toString(), String[].class));
            } catch (JsonProcessingException e) {
                throw InvalidInputException.of(name, "must be a list of codes");
            }
        }
        return codes.stream().map(code -> {
            try {
                return Enum.valueOf(type, code);
            } catch (IllegalArgumentException e) {
                throw InvalidInputException.of(name, "has an unknown code");
            }
        }).toList();
    }

    public Instant instant(String name) {
        Object value = scope.getVariable(name);
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        if (value instanceof Date date) {
            return date.toInstant();
        }
        String text = value.toString();
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException withoutZone) {
            try {
                return LocalDateTime.parse(text).atZone(ServiceTime.ZONE).toInstant();
            } catch (DateTimeParseException e) {
                throw InvalidInputException.of(name, "must be a date and time");
            }
        }
    }
}
