package uk.fostering.safeguarding.missing;

import java.time.Clock;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.fostering.safeguarding.concern.ConcernAccess;
import uk.fostering.safeguarding.concern.ConcernService;
import uk.fostering.safeguarding.concern.Inputs;
import uk.fostering.safeguarding.concern.NotFoundException;
import uk.fostering.safeguarding.registry.Caller;

/**
 * Missing-person profiles: read by everyone who may see the child (and shown on the concern page
 * for the police), kept up to date by the people close to the child.
 */
@Service
@Transactional
public class MissingPersonProfiles {

    private final MissingPersonProfileRepository profiles;
    private final ConcernService concerns;
    private final ConcernAccess access;
    private final Inputs inputs;
    private final Clock clock;

    public MissingPersonProfiles(MissingPersonProfileRepository profiles, ConcernService concerns, ConcernAccess access,
            Inputs inputs, Clock clock) {
        this.profiles = profiles;
        this.concerns = concerns;
        this.access = access;
        this.inputs = inputs;
        this.clock = clock;
    }

    /** The child's profile; empty when none was prepared. Not found if the caller may not see the child. */
    @Transactional(readOnly = true)
    public Optional<MissingPersonProfile> of(String childId, Caller caller) {
        if (!access.maySee(caller, childId)) {
            throw new NotFoundException("Child " + childId);
        }
        return profiles.findById(childId);
    }

    public MissingPersonProfile update(String childId, ProfileDetails details, Caller caller) {
        concerns.placementForMissingReport(childId, caller);
        inputs.validate(details);
        MissingPersonProfile profile = profiles.findById(childId).orElseGet(() -> new MissingPersonProfile(childId));
        profile.update(details, caller.userId(), clock.instant());
        return profiles.save(profile);
    }
}
