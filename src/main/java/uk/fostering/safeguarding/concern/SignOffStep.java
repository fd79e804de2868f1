package uk.fostering.safeguarding.concern;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import uk.fostering.safeguarding.shared.PlainText;

/** A fostering manager's answer to the SSW's closing of a HIGH or CRITICAL concern; sending it back needs a reason. */
public record SignOffStep(
        @NotNull(message = "say whether you sign off the closing or send it back") Boolean signOff,
        @Size(max = 4000) @PlainText String signOffNote) {
}
