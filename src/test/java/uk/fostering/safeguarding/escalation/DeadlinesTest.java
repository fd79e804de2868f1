package uk.fostering.safeguarding.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.fostering.safeguarding.calendar.WorkingCalendar;
import uk.fostering.safeguarding.calendar.WorkingTime;
import uk.fostering.safeguarding.process.ConcernProcess.Ids;
import uk.fostering.safeguarding.process.MissingProcess;
import uk.fostering.safeguarding.shared.ServiceTime;

/** The deadline rules the models ask for, on the shipped response windows, a real calendar and a fixed clock. */
class DeadlinesTest {

    private static Instant uk(int month, int day, int hour, int minute) {
        return LocalDateTime.of(2026, month, day, hour, minute).atZone(ServiceTime.ZONE).toInstant();
    }

    private static Deadlines at(Instant now) throws IOException {
        Clock clock = Clock.fixed(now, ServiceTime.ZONE);
        WorkingCalendar calendar = new WorkingCalendar(
                new WorkingTime(LocalTime.of(9, 0), LocalTime.of(17, 0), List.of(LocalDate.of(2026, 12, 31))), clock);
        return new Deadlines(ResponseWindowsTest.bind(Map.of()), calendar, clock);
    }

    @Test
    void aWindowInHoursIsElapsedTimeEvenAtTheWeekend() throws IOException {
        // the SSW's advice at HIGH: acknowledged within an hour, on a Saturday night too
        assertThat(at(uk(12, 5, 23, 30)).acknowledgeBy(Ids.ADVISE_CARER, "HIGH")).isEqualTo(uk(12, 6, 0, 30));
    }

    @Test
    void aWindowInDaysCountsWorkingDays() throws IOException {
        // the social worker's decision at LOW: one working day, so Friday's concern is due on Monday
        assertThat(at(uk(12, 4, 10, 0)).completeBy(Ids.DECIDE_NEXT_STEPS, "LOW"))
                .isEqualTo(Date.from(uk(12, 7, 10, 0)));
        // over Christmas: 25 December, the weekend, the Boxing Day holiday on Monday 28th
        assertThat(at(uk(12, 24, 10, 0)).completeBy(Ids.DECIDE_NEXT_STEPS, "LOW"))
                .isEqualTo(Date.from(uk(12, 29, 10, 0)));
        // a local closure day from the settings is not a working day either
        assertThat(at(uk(12, 30, 10, 0)).completeBy(Ids.DECIDE_NEXT_STEPS, "LOW"))
                .isEqualTo(Date.from(LocalDateTime.of(2027, 1, 4, 10, 0).atZone(ServiceTime.ZONE).toInstant()));
    }

    @Test
    void aStepCountedFromEarlierStartsThere() throws IOException {
        // the return interview: 72 hours from the child's return, not from when the task was made
        Instant back = uk(12, 1, 19, 41);
        assertThat(at(uk(12, 2, 8, 0)).completeByFrom(MissingProcess.Ids.RETURN_INTERVIEW, "LOW", Date.from(back)))
                .isEqualTo(Date.from(back.plusSeconds(72 * 3600)));
    }

    @Test
    void theEscalationTimerFirstFiresAtTheAcknowledgementDeadlineThenEveryFurtherWindow() throws IOException {
        assertThat(at(uk(12, 1, 12, 0)).escalationCycle(Ids.RECORD_CONCERN, "CRITICAL"))
                .isEqualTo("R/2026-12-01T13:00:00Z/PT1H");
    }
}
