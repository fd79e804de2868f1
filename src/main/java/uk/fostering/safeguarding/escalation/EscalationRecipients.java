package uk.fostering.safeguarding.escalation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Whom an escalation reaches: at level 1 the responsible person's manager, at level 2 the registered manager (each
 * falling back on the other when one is missing), and outside office hours the emergency duty team as well; never
 * the responsible person themselves, who already has the task. When that leaves nobody of the management line (the
 * registered manager's own steps), the other fostering managers are told: an overdue step always reaches someone.
 * The two groups are asked for only when needed (each a look-up of the group and of who has left).
 */
final class EscalationRecipients {

    private EscalationRecipients() {
    }

    static List<String> of(String responsible, int level, Optional<String> manager, Optional<String> registeredManager,
            boolean officeHours, Supplier<List<String>> emergencyDutyTeam, Supplier<List<String>> fosteringManagers) {
        Set<String> people = new LinkedHashSet<>();
        if (level == 1) {
            manager.or(() -> registeredManager).ifPresent(people::add);
        } else {
            registeredManager.or(() -> manager).ifPresent(people::add);
        }
        people.remove(responsible);
        if (people.isEmpty()) {
            people.addAll(fosteringManagers.get());
            people.remove(responsible);
        }
        if (!officeHours) {
            people.addAll(emergencyDutyTeam.get());
        }
        people.remove(responsible);
        return new ArrayList<>(people);
    }
}
