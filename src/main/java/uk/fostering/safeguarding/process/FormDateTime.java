package uk.fostering.safeguarding.process;

import java.util.List;
import java.util.Set;

/**
 * A date and time in a Tasklist form, typed the way UK forms ask for it (GOV.UK's date pattern): day, month and
 * year as numbers and the time as 24-hour {@code HH:MM}, four fields that the server puts together (FormValues).
 * form-js's own date-time field reads dates the US way and rounds times to 15 minutes, so it is not used.
 *
 * @param name     the instant the parts make, as the code and the API call it (and the stem of the parts' keys)
 * @param happened what the time is of, finishing "Enter the day ...", for the errors: "the child was last seen"
 */
public record FormDateTime(String name, String happened) implements DayMonthYear {

    public String time() {
        return name + "Time";
    }

    /** The keys of the four fields, in the order the form shows them. */
    @Override
    public List<String> parts() {
        return List.of(day(), month(), year(), time());
    }

    /** The given field keys with every part of the given dates. */
    public static Set<String> with(Set<String> fields, FormDateTime... dates) {
        return DayMonthYear.with(fields, dates);
    }
}
