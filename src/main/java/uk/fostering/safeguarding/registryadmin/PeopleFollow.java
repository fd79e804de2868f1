package uk.fostering.safeguarding.registryadmin;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import uk.fostering.safeguarding.reallocation.KeepOn;
import uk.fostering.safeguarding.reallocation.process.OpenStepsMove;
import uk.fostering.safeguarding.reallocation.process.StepsOfLeaver;
import uk.fostering.safeguarding.registry.Registry;
import uk.fostering.safeguarding.registryadmin.Entries.Carer;
import uk.fostering.safeguarding.registryadmin.Entries.Child;
import uk.fostering.safeguarding.registryadmin.Entries.Household;
import uk.fostering.safeguarding.registryadmin.Entries.Placement;
import uk.fostering.safeguarding.registryadmin.Entries.Staff;

/**
 * After a write to the registry, in its transaction: the work of people who left moves to their managers, and the
 * open concerns of every child whose carers, SSW or social worker may have changed follow the registry.
 */
@Component
class PeopleFollow {

    private final Registry registry;
    private final OpenStepsMove openSteps;
    private final StepsOfLeaver leavers;

    PeopleFollow(Registry registry, OpenStepsMove openSteps, StepsOfLeaver leavers) {
        this.registry = registry;
        this.openSteps = openSteps;
        this.leavers = leavers;
    }

    void written(ImportCheck.Result result, LocalDate today, String actor, Optional<KeepOn> keepOn) {
        List<String> left = new ArrayList<>();
        Set<String> households = new LinkedHashSet<>();
        Set<String> children = new LinkedHashSet<>();
        // a change's before is of its after's type (or null for a record that is new)
        result.changes().values().stream().flatMap(List::stream).forEach(change -> {
            Object after = change.after();
            if (after instanceof Staff s && hasEnded(s.leftOn(), change.before() == null ? null
                    : ((Staff) change.before()).leftOn(), today)) {
                left.add(s.userId());
            } else if (after instanceof Carer c) {
                Carer before = (Carer) change.before();
                if (hasEnded(c.approvedTo(), before == null ? null : before.approvedTo(), today)) {
                    left.add(c.userId());
                }
                households.add(c.householdId());
                if (before != null) {
                    households.add(before.householdId());
                }
            } else if (after instanceof Household h && change.before() != null
                    && !Objects.equals(h.sswId(), ((Household) change.before()).sswId())) {
                households.add(h.id());
            } else if (after instanceof Child c && change.before() != null
                    && !Objects.equals(c.socialWorkerId(), ((Child) change.before()).socialWorkerId())) {
                children.add(c.id());
            } else if (after instanceof Placement p) {
                children.add(p.childId());
            }
        });
        left.forEach(userId -> leavers.moveToManager(userId, actor));
        households.forEach(household -> children.addAll(registry.childrenOfHousehold(household)));
        openSteps.follow(children, actor, keepOn);
    }

    /** An end date on or before today that is new in this change: the person has gone. */
    private static boolean hasEnded(LocalDate end, LocalDate before, LocalDate today) {
        return end != null && !end.isAfter(today) && !end.equals(before);
    }
}
