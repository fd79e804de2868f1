package uk.fostering.safeguarding.escalation;

import java.time.Instant;
import java.util.List;

/**
 * Work the service gave up retrying (an email that kept failing, an escalation that could not run):
 * each is an incident in Cockpit, and the managers' dashboard lists them so that nobody has to
 * look in Cockpit to learn that a notice did not go out. The engine-facing side implements it.
 */
public interface StuckJobs {

    List<StuckJob> open();

    /** Ids and times only: the concern, the step the job belongs to, and since when it has been stuck. */
    record StuckJob(String reference, String step, Instant since) {
    }
}
