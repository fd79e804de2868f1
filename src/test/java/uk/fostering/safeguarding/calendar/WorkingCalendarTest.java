package uk.fostering.safeguarding.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkingCalendarTest {

    private static final ZoneId UK = ZoneId.of("Europe/London");
    private final WorkingCalendar calendar = new WorkingCalendar(
            new WorkingTime(LocalTime.of(9, 0), LocalTime.of(17, 0), List.of(LocalDate.of(2026, 12, 31))),
            Clock.system(UK));

    @Test
    void oneWorkingDayFromFridayEveningIsMondayEvening() {
        assertThat(calendar.plusWorkingDays(at("2026-11-27T18:00"), 1)).isEqualTo(at("2026-11-30T18:00"));
    }

    @Test
    void easterWeekendAndItsBankHolidaysAreSkipped() {
        // Good Friday 26 March 2027 and Easter Monday 29 March 2027
        assertThat(calendar.plusWorkingDays(at("2027-03-25T15:00"), 1)).isEqualTo(at("2027-03-30T15:00"));
    }

    @Test
    void christmasWithItsSubstituteDayAndALocalClosureAreSkipped() {
        // 25 Dec 2026 is a Friday, Boxing Day's substitute is Monday 28 Dec; 31 Dec is a local closure
        assertThat(calendar.plusWorkingDays(at("2026-12-24T10:00"), 1)).isEqualTo(at("2026-12-29T10:00"));
        assertThat(calendar.plusWorkingDays(at("2026-12-30T10:00"), 1)).isEqualTo(at("2027-01-04T10:00"));
    }

    @Test
    void aStartOnAWeekendCountsFromMondayMorning() {
        assertThat(calendar.plusWorkingDays(at("2026-11-28T22:00"), 1)).isEqualTo(at("2026-12-01T09:00"));
    }

    @Test
    void officeHoursAreWorkingDaysFromNineToFive() {
        assertThat(calendar.isOfficeHours(at("2026-11-30T10:00"))).isTrue();
        assertThat(calendar.isOfficeHours(at("2026-11-30T08:59"))).isFalse();
        assertThat(calendar.isOfficeHours(at("2026-11-30T17:00"))).isFalse();
        assertThat(calendar.isOfficeHours(at("2026-11-28T10:00"))).as("Saturday").isFalse();
        assertThat(calendar.isOfficeHours(at("2027-03-29T10:00"))).as("Easter Monday").isFalse();
        assertThat(calendar.isOfficeHours(at("2026-12-31T10:00"))).as("local closure").isFalse();
    }

    private static Instant at(String localTime) {
        return LocalDateTime.parse(localTime).atZone(UK).toInstant();
    }
}
