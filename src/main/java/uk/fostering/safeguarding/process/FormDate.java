package uk.fostering.safeguarding.process;

import java.util.List;

/**
 * A date without a time in a Tasklist form (a review date, a due date): day, month and year, which the server puts
 * together ({@link FormValues#date}).
 *
 * @param name the date the parts make (and the stem of the parts' keys)
 * @param what what the date is of, finishing "Enter the day of ...", for the errors: "the review"
 */
public record FormDate(String name, String what) implements DayMonthYear {

    @Override
    public List<String> parts() {
        return List.of(day(), month(), year());
    }
}
