package uk.fostering.safeguarding.missing;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;

/** The parts of a missing-person profile, by the name the API uses for each. */
public enum ProfileField {
    DESCRIPTION("description", ProfileDetails::description),
    PHOTO_REFERENCE("photoReference", ProfileDetails::photoReference),
    ASSOCIATES("associates", ProfileDetails::associates),
    PLACES("places", ProfileDetails::places),
    PHONE("phone", ProfileDetails::phone),
    SOCIAL_MEDIA("socialMedia", ProfileDetails::socialMedia);

    private final String jsonName;
    private final Function<ProfileDetails, String> value;

    ProfileField(String jsonName, Function<ProfileDetails, String> value) {
        this.jsonName = jsonName;
        this.value = value;
    }

    public String jsonName() {
        return jsonName;
    }

    String of(ProfileDetails details) {
        return value.apply(details);
    }

    public static Optional<ProfileField> named(String jsonName) {
        return Arrays.stream(values()).filter(f -> f.jsonName.equals(jsonName)).findFirst();
    }
}
