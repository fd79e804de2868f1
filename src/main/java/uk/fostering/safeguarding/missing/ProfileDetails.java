package uk.fostering.safeguarding.missing;

import jakarta.validation.constraints.Size;
import uk.fostering.safeguarding.concern.PlainText;

/** The parts of a missing-person profile that people write; every part is optional. */
public record ProfileDetails(
        @Size(max = 2000) @PlainText String description,
        @Size(max = 200) @PlainText String photoReference,
        @Size(max = 2000) @PlainText String associates,
        @Size(max = 2000) @PlainText String places,
        @Size(max = 100) @PlainText String phone,
        @Size(max = 500) @PlainText String socialMedia) {
}
