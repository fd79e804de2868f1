package uk.fostering.safeguarding.concern;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import uk.fostering.safeguarding.shared.PlainText;

/** The carer's factual record: what was seen, the child's own words, and the carer's view kept apart. */
public record RecordStep(
        @NotBlank @Size(max = 4000) @PlainText String facts,
        @Size(max = 4000) @PlainText String childWords,
        @Size(max = 4000) @PlainText String carerView) {
}
