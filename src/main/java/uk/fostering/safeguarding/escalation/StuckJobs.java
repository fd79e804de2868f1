package uk.fostering.safeguarding.escalation;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Work the service gave up retrying (an email that kept failing, an escalation that could not run):
 * each is an incident in Cockpit, and the managers' dashboard lists them so that nobody has to
 * look in Cockpit to learn that a notice did not go out. The engine-facing side implements it.
 */
public interface StuckJobs {

    List<StuckJob> open();

    /**
     * Hands the stuck job back to the job executor, to run as soon as it can (once: if it fails again it is
     * stuck again). Empty, and nothing changed, when the id is not one of the stuck jobs of a concern.
     */
    Optional<StuckJob> retry(String jobId);

    /** Ids and times only: the job, the concern, the step the job belongs to, and since when it has been stuck. */
    record StuckJob(String jobId, String reference, String step, Instant since) {
    }
}
