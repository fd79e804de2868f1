package uk.fostering.safeguarding.registryadmin.process;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;
import uk.fostering.safeguarding.process.AsSystem;
import uk.fostering.safeguarding.registry.Roles;

/**
 * The registry's people as Camunda's logins: adding a carer or a member of staff creates their login (or links the
 * one that exists) and puts it in their role's group, in the transaction that writes the registry. A new login gets
 * a long random password that nobody is told, so it cannot be used until the person sets their own through their
 * invitation. Runs as the service: a fostering manager holds no grant on Camunda's users.
 */
@Component
public class Logins {

    /** The groups a registry role gives; a change of role moves the person from one to the other. */
    private static final Set<String> ROLE_GROUPS = Set.of(Roles.CARERS, Roles.SSWS, Roles.SOCIAL_WORKERS,
            Roles.MANAGERS, Roles.EMERGENCY_DUTY_TEAM, Roles.RETURN_INTERVIEWERS);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final IdentityService identityService;
    private final AsSystem system;

    Logins(IdentityService identityService, AsSystem system) {
        this.identityService = identityService;
        this.system = system;
    }

    /** What a login needs besides the user id; a null value keeps what the login has. */
    public record Profile(String firstName, String lastName, String email) {
    }

    /**
     * Creates the login if there is none, updates the name and address given, and makes the person a member of
     * {@code group} and of no other role's group. Never touches {@code camunda-admin} or {@code operations}.
     *
     * @return true when the login was created (the person then needs an invitation)
     */
    public boolean link(String userId, String group, Profile profile) {
        if (!ROLE_GROUPS.contains(group)) {
            throw new IllegalArgumentException("not a role group: " + group);
        }
        return system.call(() -> {
            User user = identityService.createUserQuery().userId(userId).singleResult();
            boolean created = user == null;
            if (created) {
                user = identityService.newUser(userId);
                user.setPassword(unknowable());
            }
            if (profile.firstName() != null) {
                user.setFirstName(profile.firstName());
            }
            if (profile.lastName() != null) {
                user.setLastName(profile.lastName());
            }
            if (profile.email() != null) {
                user.setEmail(profile.email());
            }
            if (created || profile.firstName() != null || profile.lastName() != null || profile.email() != null) {
                identityService.saveUser(user);
            }
            List<String> groups = identityService.createGroupQuery().groupMember(userId).list().stream()
                    .map(g -> g.getId()).toList();
            groups.stream().filter(ROLE_GROUPS::contains).filter(g -> !g.equals(group))
                    .forEach(g -> identityService.deleteMembership(userId, g));
            if (!groups.contains(group)) {
                identityService.createMembership(userId, group);
            }
            return created;
        });
    }

    /** The person's own new password, set through a one-time link (the service checked its rules). */
    public void setPassword(String userId, String password) {
        system.run(() -> {
            User user = identityService.createUserQuery().userId(userId).singleResult();
            user.setPassword(password);
            identityService.saveUser(user);
        });
    }

    /** The logins with this email address (compared without regard to case). */
    public List<String> withEmail(String email) {
        return system.call(() -> identityService.createUserQuery().list().stream()
                .filter(user -> user.getEmail() != null && user.getEmail().equalsIgnoreCase(email.trim()))
                .map(User::getId).toList());
    }

    /** Every login's name by user id, for the managers' lists (a service has hundreds, so one query). */
    public Map<String, String> names() {
        return system.call(() -> identityService.createUserQuery().list().stream().collect(Collectors.toMap(
                User::getId, user -> (Objects.toString(user.getFirstName(), "") + " "
                        + Objects.toString(user.getLastName(), "")).trim(), (a, b) -> a)));
    }

    private static String unknowable() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
