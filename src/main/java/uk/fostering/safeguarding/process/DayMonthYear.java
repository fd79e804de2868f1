package uk.fostering.safeguarding.process;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A date typed in a Tasklist form as GOV.UK's date pattern asks, day, month and year as number fields whose keys
 * are the date's name with "Day", "Month" and "Year" ({@link FormDate}, and {@link FormDateTime} with its time).
 */
public interface DayMonthYear {

    /** The date's name: the stem of its parts' keys. */
    String name();

    /** The keys of every field of the date, in the order the form shows them. */
    List<String> parts();

    default String day() {
        return name() + "Day";
    }

    default String month() {
        return name() + "Month";
    }

    default String year() {
        return name() + "Year";
    }

    /** The given field keys with every part of the given dates. */
    static Set<String> with(Set<String> fields, DayMonthYear... dates) {
        Set<String> all = new HashSet<>(fields);
        for (DayMonthYear date : dates) {
            all.addAll(date.parts());
        }
        return Set.copyOf(all);
    }
}
