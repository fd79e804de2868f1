package uk.fostering.safeguarding.concern;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import uk.fostering.safeguarding.shared.InvalidInputException;
import uk.fostering.safeguarding.shared.ServiceTime;

/**
 * The dates a social worker chooses for a follow-up: a review opens at the start of its day's office hours, an
 * assessment is due at their end (UK time), and either lies after today and within a year, so that a typing slip
 * (2207 for 2027) does not park a child's follow-up for decades.
 */
final class FollowUpDates {

    static final LocalTime REVIEW_OPENS = LocalTime.of(9, 0);
    static final LocalTime DUE_BY = LocalTime.of(17, 0);
    private static final int MAX_DAYS_AHEAD = 366;

    private static final DateTimeFormatter WORDS = DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm", Locale.UK)
            .withZone(ServiceTime.ZONE);

    private FollowUpDates() {
    }

    /** A moment as the chronology says it: "12 January 2027 09:00", UK time. */
    static String words(Instant at) {
        return WORDS.format(at);
    }

    static Instant reviewAt(LocalDate day, String field, String what, Clock clock) {
        return ahead(day, field, what, clock).atTime(REVIEW_OPENS).atZone(ServiceTime.ZONE).toInstant();
    }

    static Instant dueAt(LocalDate day, String field, String what, Clock clock) {
        return ahead(day, field, what, clock).atTime(DUE_BY).atZone(ServiceTime.ZONE).toInstant();
    }

    private static LocalDate ahead(LocalDate day, String field, String what, Clock clock) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ServiceTime.ZONE);
        if (day == null) {
            throw InvalidInputException.of(field, "Enter the date of " + what);
        }
        if (!day.isAfter(today)) {
            throw InvalidInputException.of(field, "Enter a date of " + what + " after today");
        }
        if (day.isAfter(today.plusDays(MAX_DAYS_AHEAD))) {
            throw InvalidInputException.of(field, "Enter a date of " + what + " within a year from today");
        }
        return day;
    }
}
