package uk.fostering.safeguarding.missing;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import uk.fostering.safeguarding.shared.NotLongAgo;
import uk.fostering.safeguarding.shared.PlainText;

/**
 * A child absent, not missing: not where they should be, but where they are is known or believed known. The carer
 * (or SSW) sets the time by which the child must be back; if they are not, the absence becomes a missing episode.
 */
public record AbsenceReport(
        @NotNull @PastOrPresent @NotLongAgo Instant awaySince,
        @NotBlank @Size(max = 1000) @PlainText String believedToBe,
        @NotNull Instant backBy) {
}
