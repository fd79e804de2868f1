package uk.fostering.safeguarding.missing;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import uk.fostering.safeguarding.shared.NotLongAgo;
import uk.fostering.safeguarding.shared.PlainText;

/** The strategy discussion held because the child stayed missing. */
public record StrategyDiscussion(
        @NotNull @PastOrPresent @NotLongAgo Instant heldAt,
        @NotBlank @Size(max = 4000) @PlainText String notes) {
}
