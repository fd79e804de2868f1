package uk.fostering.safeguarding.missing;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The parts of a missing-person profile that a request sends, each with its new value (null clears it). A part
 * that is not sent is not in the change: a replacement must send them all, a patch changes only those it sends.
 */
public final class ProfileChange {

    private final Map<ProfileField, String> values;

    public ProfileChange(Map<ProfileField, String> values) {
        Map<ProfileField, String> copy = new EnumMap<>(ProfileField.class);
        copy.putAll(values); // keeps nulls: a part sent as null is cleared
        this.values = Collections.unmodifiableMap(copy);
    }

    public Set<ProfileField> fields() {
        return values.keySet();
    }

    /** The parts a replacement left out. */
    List<ProfileField> missing() {
        return Arrays.stream(ProfileField.values()).filter(f -> !values.containsKey(f)).toList();
    }

    /** The profile with this change made: parts sent take their new value, the others keep theirs. */
    ProfileDetails applyTo(ProfileDetails current) {
        return new ProfileDetails(value(ProfileField.DESCRIPTION, current), value(ProfileField.PHOTO_REFERENCE, current),
                value(ProfileField.ASSOCIATES, current), value(ProfileField.PLACES, current),
                value(ProfileField.PHONE, current), value(ProfileField.SOCIAL_MEDIA, current));
    }

    private String value(ProfileField field, ProfileDetails current) {
        return values.containsKey(field) ? values.get(field) : field.of(current);
    }
}
