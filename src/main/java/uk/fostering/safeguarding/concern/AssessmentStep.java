package uk.fostering.safeguarding.concern;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import uk.fostering.safeguarding.shared.PlainText;

/** The exploitation risk assessment's findings and what the plan now is. */
public record AssessmentStep(@NotBlank @Size(max = 4000) @PlainText String assessmentOutcome) {
}
