package uk.fostering.safeguarding.concern;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import uk.fostering.safeguarding.shared.PlainText;

/** The SSW's advice, including whether and how the carer may talk with the child. */
public record AdviceStep(
        @NotBlank @Size(max = 4000) @PlainText String advice,
        @AssertTrue(message = "the consent points must be considered") boolean consentConsidered,
        @NotNull Boolean mayTalkWithChild,
        @Size(max = 4000) @PlainText String talkGuidance) {

    boolean lacksGuidanceForTalk() {
        return Boolean.TRUE.equals(mayTalkWithChild) && (talkGuidance == null || talkGuidance.isBlank());
    }
}
