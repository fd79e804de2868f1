package uk.fostering.safeguarding.security;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import uk.fostering.safeguarding.registry.Roles;

/**
 * Administrators are not a back door to children's records: a member of camunda-admin holds no role
 * that sees concerns, and nobody who holds one becomes an administrator. Whoever needs both has two
 * logins. See README "Administrators".
 */
public final class AdministratorRule {

    /** The contract's groups whose members see concerns: every group but the administrators. */
    public static final Set<String> CONTENT_GROUPS = Roles.NAMES.keySet().stream()
            .filter(group -> !Roles.ADMINS.equals(group)).collect(Collectors.toUnmodifiableSet());

    private static final String RULE = "An administrator cannot also hold a role that sees concerns ("
            + String.join(", ", Roles.NAMES.keySet().stream().filter(CONTENT_GROUPS::contains).toList())
            + "): use a separate login for each.";

    private AdministratorRule() {
    }

    /** Why {@code userId}, now in {@code groupsOfUser}, may not join {@code groupId}; empty when allowed. */
    public static Optional<String> refusal(String userId, String groupId, Collection<String> groupsOfUser) {
        if (Roles.ADMINS.equals(groupId)) {
            List<String> content = contentGroups(groupsOfUser);
            return content.isEmpty() ? Optional.empty()
                    : Optional.of(RULE + " " + userId + " is in " + String.join(", ", content) + ".");
        }
        if (CONTENT_GROUPS.contains(groupId) && groupsOfUser.contains(Roles.ADMINS)) {
            return Optional.of(RULE + " " + userId + " is in " + Roles.ADMINS + ".");
        }
        return Optional.empty();
    }

    public static boolean holdsContentRole(Collection<String> groups) {
        return !contentGroups(groups).isEmpty();
    }

    private static List<String> contentGroups(Collection<String> groups) {
        return groups.stream().filter(CONTENT_GROUPS::contains).sorted().toList();
    }
}
