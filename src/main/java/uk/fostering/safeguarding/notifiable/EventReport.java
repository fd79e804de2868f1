package uk.fostering.safeguarding.notifiable;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import java.time.Instant;
import uk.fostering.safeguarding.shared.NotLongAgo;

/** A notifiable event entered by a member of staff: what kind, and when it happened. */
public record EventReport(@NotNull NotifiableEventKind kind, @NotNull @PastOrPresent @NotLongAgo Instant occurredAt) {
}
