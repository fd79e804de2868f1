package uk.fostering.safeguarding.missing;

import java.time.Instant;

/** Published (a Spring event, in the episode's transaction) when a missing episode's process opens it. */
public record ChildWentMissing(String reference, int episodeNumber, Instant missingSince) {
}
