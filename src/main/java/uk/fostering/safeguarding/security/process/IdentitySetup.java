package uk.fostering.safeguarding.security.process;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/**
 * The engine's groups and people as start-up writes them: each only if it is not there yet, so that a
 * restart writes nothing. Start-up has no signed-in user, so the engine checks no grant here.
 */
@Component
public class IdentitySetup {

    private final IdentityService identityService;

    IdentitySetup(IdentityService identityService) {
        this.identityService = identityService;
    }

    /** True when the group was created, false when it was there already. */
    public boolean createGroup(String id, String name, String type) {
        if (identityService.createGroupQuery().groupId(id).count() > 0) {
            return false;
        }
        Group group = identityService.newGroup(id);
        group.setName(name);
        group.setType(type);
        identityService.saveGroup(group);
        return true;
    }

    /** True when the person was created, false when someone with that id was there already. */
    public boolean createUser(String id, String firstName, String lastName, String email, String password) {
        if (identityService.createUserQuery().userId(id).count() > 0) {
            return false;
        }
        User user = identityService.newUser(id);
        user.setFirstName(firstName);
        user.setLastName(lastName);
        user.setEmail(email);
        user.setPassword(password);
        identityService.saveUser(user);
        return true;
    }

    public void addMembership(String userId, String groupId) {
        if (identityService.createUserQuery().userId(userId).memberOfGroup(groupId).count() == 0) {
            identityService.createMembership(userId, groupId);
        }
    }
}
