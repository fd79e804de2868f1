package uk.fostering.safeguarding.process;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;
import uk.fostering.safeguarding.registry.Leavers;

/** People as Camunda's identity service knows them: where to email them, who is in a group. */
@Component(ConcernProcess.Beans.PEOPLE)
public class People {

    private final IdentityService identityService;
    private final Leavers leavers;

    public People(IdentityService identityService, Leavers leavers) {
        this.identityService = identityService;
        this.leavers = leavers;
    }

    /** The person's email address; a missing person or address is an error, never a silent skip. */
    public String emailOf(String userId) {
        User user = identityService.createUserQuery().userId(userId).singleResult();
        if (user == null || user.getEmail() == null || user.getEmail().isBlank()) {
            throw new IllegalStateException("No email address for user " + userId);
        }
        return user.getEmail();
    }

    public boolean isMemberOf(String userId, String groupId) {
        return identityService.createUserQuery().userId(userId).memberOfGroup(groupId).count() > 0;
    }

    /**
     * The group's members who may still sign in: someone who has left keeps their login and groups (their leaving
     * date may be ahead), but from that day is offered no step and sent no duty email.
     */
    public List<String> membersOf(String groupId) {
        return identityService.createUserQuery().memberOfGroup(groupId).list().stream().map(User::getId)
                .filter(userId -> leavers.leftOn(userId).isEmpty()).toList();
    }
}
