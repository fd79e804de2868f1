package uk.fostering.safeguarding.missing.process;

import java.time.Clock;
import java.util.Date;
import org.springframework.stereotype.Component;
import uk.fostering.safeguarding.calendar.WorkingCalendar;
import uk.fostering.safeguarding.missing.MissingSettings;
import uk.fostering.safeguarding.process.MissingProcess;
import uk.fostering.safeguarding.shared.RiskLevel;

/** Times of the missing episode's timers, for the BPMN's expressions (named {@code missingTimes}). */
@Component(MissingProcess.Beans.MISSING_TIMES)
public class MissingTimes {

    private final MissingSettings settings;
    private final WorkingCalendar calendar;
    private final Clock clock;

    public MissingTimes(MissingSettings settings, WorkingCalendar calendar, Clock clock) {
        this.settings = settings;
        this.calendar = calendar;
        this.clock = clock;
    }

    /**
     * Whether the office is closed now, as the missing notice just before decided it: then the duty team was
     * emailed instead of the child's social worker (Recipient.SOCIAL_WORKER_OR_EDT asks the same calendar).
     */
    public boolean officeClosedNow() {
        return !calendar.isOfficeHours(clock.instant());
    }

    /** When the child's social worker's office next opens (UK time, working days): the duty team's hand-over. */
    public Date nextOfficeOpening() {
        return Date.from(calendar.nextOpening(clock.instant()));
    }

    /**
     * Counted from when the child was last seen, not from the report: a late report must not delay it. At the
     * levels whose wait is zero (HIGH and CRITICAL by default) the moment has passed, so the discussion opens at once.
     */
    public Date strategyDiscussionAt(Date missingSince, String riskLevel) {
        return Date.from(missingSince.toInstant().plus(settings.strategyDiscussionAfter(RiskLevel.valueOf(riskLevel))));
    }
}
