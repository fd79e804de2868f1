package uk.fostering.safeguarding.process;

import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;
import uk.fostering.safeguarding.registry.Caller;

/**
 * Who is calling, as the engine knows it: the webapps and the HTTP Basic filters put the signed-in
 * user on the engine's IdentityService for the length of a request.
 */
@Component
public class CurrentCaller {

    private final IdentityService identityService;

    public CurrentCaller(IdentityService identityService) {
        this.identityService = identityService;
    }

    public Optional<Caller> current() {
        Authentication authentication = identityService.getCurrentAuthentication();
        if (authentication == null || authentication.getUserId() == null) {
            return Optional.empty();
        }
        List<String> groups = authentication.getGroupIds();
        return Optional.of(groups == null ? of(authentication.getUserId())
                : new Caller(authentication.getUserId(), groups));
    }

    /** For the service's own API, where the security filter has already turned away anyone not signed in. */
    public Caller required() {
        return current().orElseThrow(() -> new IllegalStateException("no authenticated caller"));
    }

    public Caller of(String userId) {
        return new Caller(userId, identityService.createGroupQuery().groupMember(userId).list().stream()
                .map(Group::getId).toList());
    }
}
