package uk.fostering.safeguarding.missing;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * What the police need at once when a child goes missing, prepared in advance for children at
 * risk (in the spirit of the Philomena Protocol): how to recognise them, who they may be with,
 * where they may go and how they keep in touch.
 */
@Entity
public class MissingPersonProfile {

    @Id
    private String childId;
    @Embedded
    private ProfileDetails details;
    private String updatedBy;
    private Instant updatedAt;
    @Version
    private Long version;

    protected MissingPersonProfile() {
    }

    MissingPersonProfile(String childId) {
        this.childId = childId;
    }

    void update(ProfileDetails details, String by, Instant at) {
        this.details = details;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    public ProfileDetails details() {
        return ProfileDetails.orEmpty(details);
    }

    public String getChildId() {
        return childId;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
