package uk.fostering.safeguarding.concern;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import uk.fostering.safeguarding.shared.PlainText;

/** A review of the monitoring: what was seen since, and whether monitoring goes on (with the next review's date). */
public record MonitoringReview(
        @NotBlank @Size(max = 4000) @PlainText String reviewNotes,
        @NotNull(message = "say whether monitoring goes on or ends") Boolean monitoringNext,
        LocalDate nextReviewOn) {
}
