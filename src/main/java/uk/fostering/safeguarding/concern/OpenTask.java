package uk.fostering.safeguarding.concern;

import java.time.Instant;

/**
 * A step of a concern waiting for someone: the person it is offered to, whether they have
 * acknowledged it (claimed it), when it is due and how far it has escalated (0 = not at all).
 */
public record OpenTask(String id, String step, String name, String responsible, boolean acknowledged, Instant due,
        int escalationLevel) {
}
