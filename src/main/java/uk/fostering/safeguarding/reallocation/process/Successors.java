package uk.fostering.safeguarding.reallocation.process;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import uk.fostering.safeguarding.process.People;
import uk.fostering.safeguarding.registry.Registry;
import uk.fostering.safeguarding.registry.Roles;

/**
 * Who takes over a person's open steps when nobody new is named for them: for a carer, the other approved carer of
 * the household, otherwise their SSW's manager; for staff, their line manager, otherwise the registered manager;
 * and when the registry names nobody, every fostering manager, so that a step is never offered to nobody.
 */
@Component
class Successors {

    private final Registry registry;
    private final People people;

    Successors(Registry registry, People people) {
        this.registry = registry;
        this.people = people;
    }

    /** {@code ssw}: the SSW a concern names for the carer, when the registry no longer links them to one. */
    List<String> of(String userId, Optional<String> ssw) {
        List<String> successors = new ArrayList<>();
        if (registry.isCarer(userId)) {
            successors.addAll(registry.jointCarersOf(userId));
            if (successors.isEmpty()) {
                registry.managerOf(userId).or(() -> ssw).flatMap(registry::managerOf).ifPresent(successors::add);
            }
        } else {
            registry.managerOf(userId).or(registry::registeredManager).ifPresent(successors::add);
        }
        successors.remove(userId);
        if (successors.isEmpty()) {
            people.membersOf(Roles.MANAGERS).stream().filter(m -> !m.equals(userId)).forEach(successors::add);
        }
        return successors;
    }
}
