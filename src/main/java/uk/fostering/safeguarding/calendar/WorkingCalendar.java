package uk.fostering.safeguarding.calendar;

import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.HashSet;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Working days and office hours in England and Wales: weekends and bank holidays are not worked. */
@Component
public class WorkingCalendar {

    /** England's bank holidays; Wales has the same ones. */
    private static final String ENGLAND = "eng";

    private final HolidayManager holidays =
            HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.UNITED_KINGDOM));
    private final WorkingTime workingTime;
    private final Set<LocalDate> extraClosedDays;
    private final Clock clock;

    public WorkingCalendar(WorkingTime workingTime, Clock clock) {
        this.workingTime = workingTime;
        this.extraClosedDays = new HashSet<>(workingTime.extraClosedDays());
        this.clock = clock;
    }

    public boolean isWorkingDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
                && !holidays.isHoliday(day, ENGLAND) && !extraClosedDays.contains(day);
    }

    /** Office hours on a working day; evenings, nights, weekends and bank holidays are out of hours. */
    public boolean isOfficeHours(Instant moment) {
        ZonedDateTime local = moment.atZone(clock.getZone());
        return isWorkingDay(local.toLocalDate()) && !local.toLocalTime().isBefore(workingTime.opens())
                && local.toLocalTime().isBefore(workingTime.closes());
    }

    /**
     * The same time of day {@code days} working days later: one working day from Friday 18:00 is
     * Monday 18:00, or Tuesday 18:00 after a bank holiday Monday. A start on a day that is not
     * worked counts from the opening of the next working day.
     */
    public Instant plusWorkingDays(Instant start, int days) {
        ZonedDateTime at = start.atZone(clock.getZone());
        if (!isWorkingDay(at.toLocalDate())) {
            at = nextWorkingDay(at.toLocalDate()).atTime(workingTime.opens()).atZone(clock.getZone());
        }
        LocalDate day = at.toLocalDate();
        for (int i = 0; i < days; i++) {
            day = nextWorkingDay(day);
        }
        return day.atTime(at.toLocalTime()).atZone(clock.getZone()).toInstant();
    }

    /**
     * When the office next opens after {@code moment}: today's opening if it is still to come on a working day,
     * otherwise the opening of the next working day. During office hours, that is tomorrow's (or later) opening.
     */
    public Instant nextOpening(Instant moment) {
        ZonedDateTime local = moment.atZone(clock.getZone());
        LocalDate day = local.toLocalDate();
        if (!isWorkingDay(day) || !local.toLocalTime().isBefore(workingTime.opens())) {
            day = nextWorkingDay(day);
        }
        return day.atTime(workingTime.opens()).atZone(clock.getZone()).toInstant();
    }

    private LocalDate nextWorkingDay(LocalDate day) {
        LocalDate next = day.plusDays(1);
        while (!isWorkingDay(next)) {
            next = next.plusDays(1);
        }
        return next;
    }
}
