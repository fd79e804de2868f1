package uk.fostering.safeguarding.concern;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import uk.fostering.safeguarding.shared.PlainText;

/** The strategy discussion the social worker convened with the police and health: when, who took part, what follows. */
public record StrategyDiscussionStep(
        @NotNull Instant discussionHeldAt,
        boolean policeTookPart,
        boolean healthTookPart,
        @NotBlank @Size(max = 4000) @PlainText String discussionOutcome,
        @NotNull(message = "say whether a section 47 enquiry follows") Boolean section47Enquiry) {
}
