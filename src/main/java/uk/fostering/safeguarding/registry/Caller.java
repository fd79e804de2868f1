package uk.fostering.safeguarding.registry;

import java.util.List;

/** The signed-in person making a request, with the groups that give them their roles. */
public record Caller(String userId, List<String> groups) {

    public Caller {
        groups = List.copyOf(groups);
    }

    public boolean hasRole(String group) {
        return groups.contains(group);
    }

    /** Managers and the emergency duty team oversee every child of the service. */
    public boolean overseesAll() {
        return hasRole(Roles.MANAGERS) || hasRole(Roles.EMERGENCY_DUTY_TEAM);
    }
}
