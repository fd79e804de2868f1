package uk.fostering.safeguarding.concern;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Size;
import uk.fostering.safeguarding.shared.PlainText;

public record CloseStep(
        @AssertTrue(message = "tell the carer the social worker's decision before closing") boolean decisionShared,
        @Size(max = 4000) @PlainText String closingNote) {
}
