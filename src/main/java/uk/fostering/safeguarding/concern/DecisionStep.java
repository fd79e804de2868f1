package uk.fostering.safeguarding.concern;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import uk.fostering.safeguarding.shared.PlainText;

/**
 * The social worker's decision with its reasons (required for every outcome, no further action included), and the
 * date its follow-up needs: the first review when monitoring, the due day of an exploitation risk assessment.
 */
public record DecisionStep(@NotNull NextStep decision, @NotBlank @Size(max = 4000) @PlainText String reasons,
        LocalDate reviewOn, LocalDate assessmentDueOn) {
}
