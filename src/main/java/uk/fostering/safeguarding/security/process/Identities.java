package uk.fostering.safeguarding.security.process;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.stereotype.Component;
import uk.fostering.safeguarding.process.AsSystem;
import uk.fostering.safeguarding.registry.Roles;

/**
 * The engine's people as the identity rules need them: who is calling, and a person's groups and
 * addresses whoever asks (without the caller's authorizations, which would hide other people).
 */
@Component
public class Identities {

    /** The only engine of the service: the webapps' session keeps one login per engine name. */
    private static final String ENGINE = "default";

    private final IdentityService identityService;
    private final AsSystem system;

    Identities(IdentityService identityService, AsSystem system) {
        this.identityService = identityService;
        this.system = system;
    }

    /** A person as stored: id, name, email address and groups. */
    public record Person(String id, String firstName, String lastName, String email, List<String> groups) {
    }

    /**
     * The signed-in user of this request: the webapps' session login for their API, otherwise the one
     * that Camunda's Basic filter set on the engine (this must run inside that filter).
     */
    public Optional<String> caller(HttpServletRequest request, boolean webapp) {
        if (webapp) {
            HttpSession session = request.getSession(false);
            Authentications logins = session == null ? null : AuthenticationUtil.getAuthsFromSession(session);
            return logins != null && logins.getAuthenticationForProcessEngine(ENGINE) instanceof UserAuthentication user
                    ? Optional.of(user.getIdentityId()) : Optional.empty();
        }
        Authentication authentication = identityService.getCurrentAuthentication();
        return Optional.ofNullable(authentication == null ? null : authentication.getUserId());
    }

    public Optional<Person> person(String userId) {
        return system.call(() -> {
            User user = identityService.createUserQuery().userId(userId).singleResult();
            return Optional.ofNullable(user).map(found -> new Person(found.getId(), found.getFirstName(),
                    found.getLastName(), found.getEmail(), groupsOf(found.getId())));
        });
    }

    public List<String> groupsOf(String userId) {
        return system.call(() -> identityService.createGroupQuery().groupMember(userId).list().stream()
                .map(Group::getId).toList());
    }

    public List<String> administrators() {
        return system.call(() -> identityService.createUserQuery().memberOfGroup(Roles.ADMINS).list().stream()
                .map(User::getId).toList());
    }

    public boolean anyoneExists() {
        return system.call(() -> identityService.createUserQuery().count() > 0);
    }
}
