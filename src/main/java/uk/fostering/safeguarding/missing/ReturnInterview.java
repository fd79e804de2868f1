package uk.fostering.safeguarding.missing;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import uk.fostering.safeguarding.shared.NotLongAgo;
import uk.fostering.safeguarding.shared.PlainText;

/** The independent return interview after the child came back. */
public record ReturnInterview(
        @NotNull @PastOrPresent @NotLongAgo Instant interviewedAt,
        @NotBlank @Size(max = 4000) @PlainText String notes) {
}
