package uk.fostering.safeguarding.concern;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import uk.fostering.safeguarding.shared.PlainText;

public record DecisionStep(@NotNull NextStep decision, @NotBlank @Size(max = 4000) @PlainText String reasons) {
}
