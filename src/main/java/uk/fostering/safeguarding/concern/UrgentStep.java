package uk.fostering.safeguarding.concern;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import uk.fostering.safeguarding.shared.PlainText;

/** What the social worker or duty team writes when acknowledging an urgent concern. */
public record UrgentStep(@NotBlank @Size(min = 10, max = 4000) @PlainText String immediateActions,
        @NotNull Boolean spokeToCarer) {
}
