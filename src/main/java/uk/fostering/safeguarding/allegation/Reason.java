package uk.fostering.safeguarding.allegation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import uk.fostering.safeguarding.shared.PlainText;

/** Why someone marked a concern as about the household, or let the carers see it again: kept in the record, never in the engine or the audit trail. */
public record Reason(@NotBlank(message = "Enter the reason") @Size(min = 10, max = 2000) @PlainText String reason) {
}
