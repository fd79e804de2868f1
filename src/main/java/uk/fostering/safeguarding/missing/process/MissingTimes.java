package uk.fostering.safeguarding.missing.process;

import java.util.Date;
import org.springframework.stereotype.Component;
import uk.fostering.safeguarding.missing.MissingSettings;
import uk.fostering.safeguarding.process.MissingProcess;

/** Times of the missing episode's timers, for the BPMN's expressions (named {@code missingTimes}). */
@Component(MissingProcess.Beans.MISSING_TIMES)
public class MissingTimes {

    private final MissingSettings settings;

    public MissingTimes(MissingSettings settings) {
        this.settings = settings;
    }

    /** Counted from when the child was last seen, not from the report: a late report must not delay it. */
    public Date strategyDiscussionAt(Date missingSince) {
        return Date.from(missingSince.toInstant().plus(settings.strategyDiscussionAfter()));
    }
}
