package uk.fostering.safeguarding.missing;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** One version of a child's missing-person profile, as it stood after a change. Written once, never changed. */
@Entity
public class MissingPersonProfileVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(updatable = false)
    private String childId;
    @Column(updatable = false)
    private int versionNumber;
    @Embedded
    private ProfileDetails details;
    /** The API names of the parts this version changed, comma-separated; "all" for a profile's first version. */
    @Column(updatable = false)
    private String changedFields;
    @Column(updatable = false)
    private String changedBy;
    @Column(updatable = false)
    private Instant changedAt;

    protected MissingPersonProfileVersion() {
    }

    MissingPersonProfileVersion(String childId, int versionNumber, ProfileDetails details, String changedFields,
            String changedBy, Instant changedAt) {
        this.childId = childId;
        this.versionNumber = versionNumber;
        this.details = details;
        this.changedFields = changedFields;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    public int getVersionNumber() {
        return versionNumber;
    }

    public ProfileDetails details() {
        return ProfileDetails.orEmpty(details);
    }

    public String getChangedFields() {
        return changedFields;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public Instant getChangedAt() {
        return changedAt;
    }
}
