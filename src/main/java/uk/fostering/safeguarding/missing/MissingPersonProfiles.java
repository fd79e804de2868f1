package uk.fostering.safeguarding.missing;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.fostering.safeguarding.audit.Audit;
import uk.fostering.safeguarding.chronology.ConcernEventType;
import uk.fostering.safeguarding.concern.ConcernAccess;
import uk.fostering.safeguarding.concern.ConcernSteps;
import uk.fostering.safeguarding.concern.RaisingConcerns;
import uk.fostering.safeguarding.registry.Caller;
import uk.fostering.safeguarding.shared.Inputs;
import uk.fostering.safeguarding.shared.InvalidInputException;
import uk.fostering.safeguarding.shared.InvalidInputException.FieldProblem;
import uk.fostering.safeguarding.shared.NotFoundException;

/**
 * Missing-person profiles: read by everyone who may see the child (and shown on the concern page
 * for the police), kept up to date by the people close to the child. A change is made on purpose:
 * a replacement sends every part, a patch only the parts it changes. Every version is kept, and
 * each change is a line in the child's chronology and the audit trail (which parts, never what they say).
 */
@Service
@Transactional
public class MissingPersonProfiles {

    private final MissingPersonProfileRepository profiles;
    private final MissingPersonProfileVersionRepository versions;
    private final RaisingConcerns raising;
    private final ConcernSteps concernSteps;
    private final ConcernAccess access;
    private final Inputs inputs;
    private final Audit audit;
    private final Clock clock;

    public MissingPersonProfiles(MissingPersonProfileRepository profiles, MissingPersonProfileVersionRepository versions,
            RaisingConcerns raising, ConcernSteps concernSteps, ConcernAccess access, Inputs inputs, Audit audit, Clock clock) {
        this.profiles = profiles;
        this.versions = versions;
        this.raising = raising;
        this.concernSteps = concernSteps;
        this.access = access;
        this.inputs = inputs;
        this.audit = audit;
        this.clock = clock;
    }

    /** The child's profile; empty when none was prepared. Not found if the caller may not see the child. */
    @Transactional(readOnly = true)
    public Optional<MissingPersonProfile> of(String childId, Caller caller) {
        requireVisible(childId, caller);
        return profiles.findById(childId);
    }

    /**
     * Whether the caller may read the child's profile: not someone who sees a concern without being linked to the
     * child (a return interviewer brought in by a task), so that a page showing it beside the concern leaves it out.
     */
    public boolean mayRead(String childId, Caller caller) {
        return access.maySee(caller, childId);
    }

    /** Every version of the child's profile, newest first. Not found if the caller may not see the child. */
    @Transactional(readOnly = true)
    public List<MissingPersonProfileVersion> versions(String childId, Caller caller) {
        requireVisible(childId, caller);
        return versions.findByChildIdOrderByVersionNumberDesc(childId);
    }

    /** The whole profile: every part must be sent (null for a part left empty). */
    public MissingPersonProfile replace(String childId, ProfileChange change, Caller caller) {
        raising.placementForMissingReport(childId, caller);
        List<ProfileField> missing = change.missing();
        if (!missing.isEmpty()) {
            throw new InvalidInputException(missing.stream().map(f -> new FieldProblem(f.jsonName(),
                    "is missing: a PUT sends the whole profile (null for a part left empty); PATCH changes some parts"))
                    .toList());
        }
        return change(childId, change, caller);
    }

    /** Only the parts sent; the others keep their value. */
    public MissingPersonProfile patch(String childId, ProfileChange change, Caller caller) {
        raising.placementForMissingReport(childId, caller);
        if (change.fields().isEmpty()) {
            throw InvalidInputException.of("body", "names no part of the profile to change");
        }
        return change(childId, change, caller);
    }

    private MissingPersonProfile change(String childId, ProfileChange change, Caller caller) {
        Optional<MissingPersonProfile> existing = profiles.findById(childId);
        ProfileDetails before = existing.map(MissingPersonProfile::details).orElse(ProfileDetails.EMPTY);
        ProfileDetails after = change.applyTo(before);
        inputs.validate(after);
        List<String> changed = Arrays.stream(ProfileField.values())
                .filter(f -> !Objects.equals(f.of(before), f.of(after))).map(ProfileField::jsonName).toList();
        if (existing.isPresent() && changed.isEmpty()) {
            return existing.get(); // nothing to record: the profile already says this
        }
        List<MissingPersonProfileVersion> earlier = versions.findByChildIdOrderByVersionNumberDesc(childId);
        int latest = earlier.isEmpty() ? 0 : earlier.get(0).getVersionNumber();
        if (existing.isPresent() && earlier.isEmpty()) {
            // prepared before versions were kept: keep it as it stood, as version 1
            MissingPersonProfile first = existing.get();
            versions.save(new MissingPersonProfileVersion(childId, ++latest, before, "all", first.getUpdatedBy(),
                    first.getUpdatedAt()));
        }
        MissingPersonProfile profile = existing.orElseGet(() -> new MissingPersonProfile(childId));
        profile.update(after, caller.userId(), clock.instant());
        MissingPersonProfile saved = profiles.save(profile);
        String fields = String.join(", ", changed);
        versions.save(new MissingPersonProfileVersion(childId, latest + 1, after, fields, caller.userId(),
                saved.getUpdatedAt()));
        String note = "missing-person profile changed: fields " + fields;
        if (concernSteps.noteAboutChild(childId, caller.userId(), ConcernEventType.MISSING_PROFILE_CHANGED, note).isEmpty()) {
            // no concern to put it on: the audit trail still has it, under the child's id
            audit.record(caller.userId(), ConcernEventType.MISSING_PROFILE_CHANGED.name(), childId, note);
        }
        return saved;
    }

    private void requireVisible(String childId, Caller caller) {
        if (!access.maySee(caller, childId)) {
            throw new NotFoundException("Child " + childId);
        }
    }
}
