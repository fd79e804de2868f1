package uk.fostering.safeguarding.missing;

import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Size;
import uk.fostering.safeguarding.shared.PlainText;

/**
 * The parts of a missing-person profile that people write; every part is optional. Stored the same way in
 * the profile and in each of its versions.
 */
@Embeddable
public record ProfileDetails(
        @Size(max = 2000) @PlainText String description,
        @Size(max = 200) @PlainText String photoReference,
        @Size(max = 2000) @PlainText String associates,
        @Size(max = 2000) @PlainText String places,
        @Size(max = 100) @PlainText String phone,
        @Size(max = 500) @PlainText String socialMedia) {

    static final ProfileDetails EMPTY = new ProfileDetails(null, null, null, null, null, null);

    /** As stored: a profile whose parts are all empty is read back as no details at all. */
    static ProfileDetails orEmpty(ProfileDetails details) {
        return details == null ? EMPTY : details;
    }
}
