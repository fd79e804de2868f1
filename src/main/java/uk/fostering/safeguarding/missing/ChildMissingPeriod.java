package uk.fostering.safeguarding.missing;

import java.time.Instant;

/** A child missing right now, for the managers' dashboard: ids and times only. */
public record ChildMissingPeriod(String reference, String childId, int episodeNumber, Instant missingSince,
        long minutesMissing) {
}
