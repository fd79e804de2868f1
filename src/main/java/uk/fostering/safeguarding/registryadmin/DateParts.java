package uk.fostering.safeguarding.registryadmin;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Map;

/**
 * A date typed as GOV.UK's date input has it: day, month and year in three boxes ({@code <field>-day}, {@code -month},
 * {@code -year}). All three empty is no date; anything else must be a real date. Only its form is checked here: what
 * the date may be is the registry's rule.
 */
final class DateParts {

    /** The date as ISO text (null when empty), or what is wrong with it (a sentence after the field's label). */
    record Parsed(String iso, String problem) {
    }

    private DateParts() {
    }

    static Parsed parse(Map<String, String> answers, String field) {
        String day = trimmed(answers.get(field + "-day"));
        String month = trimmed(answers.get(field + "-month"));
        String year = trimmed(answers.get(field + "-year"));
        if (day.isEmpty() && month.isEmpty() && year.isEmpty()) {
            return new Parsed(null, null);
        }
        if (day.isEmpty() || month.isEmpty() || year.isEmpty()) {
            return new Parsed(null, "must include a day, a month and a year");
        }
        if (!day.matches("\\d{1,2}") || !month.matches("\\d{1,2}") || !year.matches("\\d{4}")) {
            return new Parsed(null, "must be a real date in numbers, for example 27 3 2024");
        }
        try {
            return new Parsed(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day))
                    .toString(), null);
        } catch (DateTimeException e) {
            return new Parsed(null, "must be a real date, for example 27 3 2024");
        }
    }

    private static String trimmed(String value) {
        return value == null ? "" : value.trim();
    }
}
