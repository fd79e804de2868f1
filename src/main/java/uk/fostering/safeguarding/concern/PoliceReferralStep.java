package uk.fostering.safeguarding.concern;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import uk.fostering.safeguarding.shared.PlainText;

/** The concern referred to the police: when, and the crime reference they gave. */
public record PoliceReferralStep(
        @NotNull Instant referredAt,
        @NotBlank(message = "enter the crime reference the police gave") @Size(max = 64) @PlainText String crimeReference) {
}
