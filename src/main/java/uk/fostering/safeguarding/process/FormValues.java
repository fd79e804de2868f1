package uk.fostering.safeguarding.process;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import uk.fostering.safeguarding.shared.InvalidInputException;
import uk.fostering.safeguarding.shared.NotLongAgo;
import uk.fostering.safeguarding.shared.ServiceTime;

/**
 * Reads what Tasklist forms submit. form-js sends text, booleans, numbers and a checklist as a JSON array;
 * a date and time comes in four parts ({@link FormDateTime}), in UK time.
 */
public final class FormValues {

    /** How far a typed time may be ahead of the server's clock and still be "just now": a watch a little fast. */
    static final Duration CLOCK_TOLERANCE = Duration.ofMinutes(5);

    /** 24-hour hours (one or two digits) and two-digit minutes: 19:41, 07:05 or 7:05; not 24:00, not 7:5. */
    private static final Pattern TIME = Pattern.compile("([01]?[0-9]|2[0-3]):([0-5][0-9])");

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

    /**
     * The instant that a date and time typed in parts (day, month and year as numbers, the time as 24-hour
     * {@code HH:MM}) names in UK time. Every part is required; each error names the part and says what to type.
     * A time up to {@link #CLOCK_TOLERANCE} ahead of the engine's clock is "just now" on a watch a little fast,
     * and is kept as now; later is the future and refused, and so is a time longer ago than {@link NotLongAgo} allows.
     */
    public Instant dateTime(FormDateTime field) {
        Instant at = typed(field);
        Instant now = ClockUtil.getCurrentTime().toInstant();
        if (at.isAfter(now.plus(CLOCK_TOLERANCE))) {
            boolean today = LocalDate.ofInstant(at, ServiceTime.ZONE).equals(LocalDate.ofInstant(now, ServiceTime.ZONE));
            throw InvalidInputException.of(today ? field.time() : field.day(), "Enter a date and time "
                    + field.happened() + " that is now or in the past, not in the future");
        }
        if (at.isBefore(now.minus(NotLongAgo.LIMIT))) {
            throw InvalidInputException.of(field.year(), "Enter the year " + field.happened()
                    + " again: it cannot be more than 20 years ago");
        }
        return at.isAfter(now) ? now : at;
    }

    /**
     * A date and time still to come (the time by which a child must be back), typed in parts as for
     * {@link #dateTime}: later than now, and no further ahead than {@code within}. The error says what to type.
     */
    public Instant dateTimeAhead(FormDateTime field, Duration within, String whenPassed) {
        Instant at = typed(field);
        Instant now = ClockUtil.getCurrentTime().toInstant();
        boolean today = LocalDate.ofInstant(at, ServiceTime.ZONE).equals(LocalDate.ofInstant(now, ServiceTime.ZONE));
        if (!at.isAfter(now)) {
            throw InvalidInputException.of(today ? field.time() : field.day(), "Enter a date and time "
                    + field.happened() + " that is later than now: " + whenPassed);
        }
        if (at.isAfter(now.plus(within))) {
            throw InvalidInputException.of(field.day(), "Enter a date and time " + field.happened()
                    + " within " + within.toDays() + " days from now");
        }
        return at;
    }

    /** The instant the four parts name in UK time; each error names the part and says what to type. */
    private Instant typed(FormDateTime field) {
        int day = number(field.day(), 1, 31, "Enter the day " + field.happened() + " as a number, for example 1");
        int month = number(field.month(), 1, 12,
                "Enter the month " + field.happened() + " as a number from 1 to 12, for example 12");
        int year = number(field.year(), 1000, 9999, "Enter the year " + field.happened() + " as 4 digits, for example 2026");
        LocalDate date;
        try {
            date = LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            throw InvalidInputException.of(field.day(), "Enter a real day " + field.happened() + ": "
                    + Month.of(month).getDisplayName(TextStyle.FULL, Locale.UK) + " " + year + " has "
                    + YearMonth.of(year, month).lengthOfMonth() + " days");
        }
        Matcher time = TIME.matcher(text(field.time()) == null ? "" : text(field.time()).strip());
        if (!time.matches()) {
            throw InvalidInputException.of(field.time(), "Enter the time " + field.happened()
                    + " as hours and minutes on the 24-hour clock, for example 19:41");
        }
        return date.atTime(Integer.parseInt(time.group(1)), Integer.parseInt(time.group(2)))
                .atZone(ServiceTime.ZONE).toInstant();
    }

    /**
     * The date that a day, month and year typed as numbers name, or null when all three are left empty (a date
     * the step does not need). A part missing or not a number, or a day not in the month, is refused naming the
     * part; whether the date may be in the past or the future is the step's own rule.
     */
    public LocalDate date(FormDate field) {
        if (field.parts().stream().allMatch(part -> text(part) == null || text(part).isBlank())) {
            return null;
        }
        int day = number(field.day(), 1, 31, "Enter the day of " + field.what() + " as a number, for example 1");
        int month = number(field.month(), 1, 12,
                "Enter the month of " + field.what() + " as a number from 1 to 12, for example 12");
        int year = number(field.year(), 1000, 9999, "Enter the year of " + field.what() + " as 4 digits, for example 2026");
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            throw InvalidInputException.of(field.day(), "Enter a real day for " + field.what() + ": "
                    + Month.of(month).getDisplayName(TextStyle.FULL, Locale.UK) + " " + year + " has "
                    + YearMonth.of(year, month).lengthOfMonth() + " days");
        }
    }

    /** A whole number in a range, sent as a number (form-js's number field) or as text; anything else is refused with the message. */
    private int number(String name, int min, int max, String message) {
        Object value = scope.getVariable(name);
        String digits = value instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())
                ? String.valueOf(n.longValue()) : value == null ? "" : value.toString().strip();
        if (!digits.matches("[0-9]{1,4}") || Integer.parseInt(digits) < min || Integer.parseInt(digits) > max) {
            throw InvalidInputException.of(name, message);
        }
        return Integer.parseInt(digits);
    }
}
