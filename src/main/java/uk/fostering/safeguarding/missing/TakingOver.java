package uk.fostering.safeguarding.missing;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import uk.fostering.safeguarding.shared.PlainText;

/** What the child's social worker writes when taking over from the duty team: what was done, what happens now. */
public record TakingOver(@NotBlank @Size(max = 4000) @PlainText String handOverNotes) {
}
