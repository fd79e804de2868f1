package uk.fostering.safeguarding.missing;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import uk.fostering.safeguarding.shared.NotLongAgo;
import uk.fostering.safeguarding.shared.PlainText;

/** The carer's call to the police, with what the child was wearing and where they were last seen. */
public record PoliceReport(
        @NotNull @PastOrPresent @NotLongAgo Instant policeCalledAt,
        @NotBlank @Size(max = 64) @PlainText String policeReference,
        @Size(max = 1000) @PlainText String clothing,
        @Size(max = 2000) @PlainText String lastSeenDetails) {
}
