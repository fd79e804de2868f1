package uk.fostering.safeguarding.missing;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import uk.fostering.safeguarding.shared.NotLongAgo;
import uk.fostering.safeguarding.shared.PlainText;

/** A child reported missing: when they were last seen and, if the reporter wants, how they went. */
public record MissingReport(
        @NotNull @PastOrPresent @NotLongAgo Instant lastSeenAt,
        @Size(max = 4000) @PlainText String circumstances) {
}
