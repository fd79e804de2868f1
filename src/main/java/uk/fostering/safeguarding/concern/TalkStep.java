package uk.fostering.safeguarding.concern;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import uk.fostering.safeguarding.shared.PlainText;

public record TalkStep(@NotBlank @Size(max = 4000) @PlainText String notes) {
}
