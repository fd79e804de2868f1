package uk.fostering.safeguarding.concern;

import java.time.Instant;

/** A step of a concern waiting for someone. */
public record OpenTask(String id, String step, String name, String assignee, Instant due, int escalationLevel) {
}
