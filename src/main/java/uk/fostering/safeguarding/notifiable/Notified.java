package uk.fostering.safeguarding.notifiable;

import java.time.Instant;

/** One notification as the registered manager recorded it: when it was sent, its reference, who recorded it. */
public record Notified(Instant at, String reference, String by) {
}
