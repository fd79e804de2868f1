package uk.fostering.safeguarding.escalation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import org.springframework.stereotype.Component;
import uk.fostering.safeguarding.calendar.WorkingCalendar;
import uk.fostering.safeguarding.process.ConcernProcess;
import uk.fostering.safeguarding.shared.RiskLevel;

/**
 * Deadlines of a step, for the BPMN's expressions: the task's due date and the cycle of its
 * escalation timer. Named {@code deadlines} in the process model.
 */
@Component(ConcernProcess.Beans.DEADLINES)
public class Deadlines {

    private final ResponseWindows windows;
    private final WorkingCalendar calendar;
    private final Clock clock;

    public Deadlines(ResponseWindows windows, WorkingCalendar calendar, Clock clock) {
        this.windows = windows;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** When the step must be completed, counted from now. */
    public Date completeBy(String taskId, String riskLevel) {
        return completeByFrom(taskId, riskLevel, Date.from(clock.instant()));
    }

    /** When the step must be completed, counted from an earlier moment (a return interview from the return). */
    public Date completeByFrom(String taskId, String riskLevel, Date from) {
        Step step = Step.ofTask(taskId);
        return Date.from(after(from.toInstant(), windows.of(step).complete().get(RiskLevel.valueOf(riskLevel)),
                windows.of(step).workingDays()));
    }

    /** When the step must have been acknowledged, counted from now. */
    public Instant acknowledgeBy(String taskId, String riskLevel) {
        Step step = Step.ofTask(taskId);
        return after(clock.instant(), windows.of(step).acknowledge().get(RiskLevel.valueOf(riskLevel)),
                windows.of(step).workingDays());
    }

    /**
     * The escalation timer: first at the acknowledgement deadline, then every further window. The
     * escalation itself decides at each tick whether there is anything to escalate, and moves the
     * next tick to the due date once the task is acknowledged.
     */
    public String escalationCycle(String taskId, String riskLevel) {
        return "R/" + DateTimeFormatter.ISO_INSTANT.format(acknowledgeBy(taskId, riskLevel)) + "/"
                + windows.furtherWindow();
    }

    /** Whole days count as working days when the step is measured in working days; hours as elapsed time. */
    private Instant after(Instant start, Duration window, boolean workingDays) {
        long days = window.toDays();
        if (!workingDays || days == 0) {
            return start.plus(window);
        }
        return calendar.plusWorkingDays(start, (int) days).plus(window.minusDays(days));
    }
}
