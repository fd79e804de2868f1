package uk.fostering.safeguarding.missing;

import java.time.Instant;

/** What the missing feature needs from the process engine; the engine-facing side implements it. */
public interface MissingWorkflow {

    /** Starts a missing episode in the concern's process, beside whatever the concern is waiting for. */
    void childMissing(String reference, int episodeNumber, Instant missingSince);

    /** Ends the missing period of the concern's open episode. */
    void childReturned(String reference, Instant returnedAt);

    /** Ends the watch of an absence (its reference): the child is back, or is now reported missing. */
    void absenceEnded(String absenceReference, boolean becameMissing);
}
