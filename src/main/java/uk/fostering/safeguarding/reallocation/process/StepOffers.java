package uk.fostering.safeguarding.reallocation.process;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import uk.fostering.safeguarding.security.ConcernGrants;

/**
 * Offers an open step to other people in place of those it was offered to. Only who it is offered to changes: its
 * due date, priority and escalation timer stay as they were, so the clocks keep running; a step claimed by someone
 * who leaves it is unclaimed, and the new people acknowledge it by claiming it themselves.
 */
@Component
public class StepOffers {

    private final TaskService tasks;
    private final ConcernGrants grants;
    private final MovedStepEmails emails;

    StepOffers(TaskService tasks, ConcernGrants grants, MovedStepEmails emails) {
        this.tasks = tasks;
        this.grants = grants;
        this.emails = emails;
    }

    /**
     * The step, if offered or assigned to any of {@code from}, is offered to {@code to} instead (people in both keep
     * it); each of {@code to} may read the step's concern ({@code readOn}: its process instances). Those newly offered
     * it are emailed once the change is committed.
     *
     * @return whether the step changed hands: false when it was not offered to any of {@code from} or is theirs already
     */
    public boolean hand(String reference, Task task, Set<String> from, List<String> to, Collection<String> readOn) {
        Set<String> candidates = candidates(task);
        Set<String> held = new LinkedHashSet<>();
        if (task.getAssignee() != null && from.contains(task.getAssignee())) {
            held.add(task.getAssignee());
        }
        candidates.stream().filter(from::contains).forEach(held::add);
        if (held.isEmpty()) {
            return false;
        }
        Set<String> leaving = new LinkedHashSet<>(held);
        leaving.removeAll(to);
        Set<String> added = new LinkedHashSet<>(to);
        added.removeAll(candidates);
        added.remove(task.getAssignee());
        if (leaving.isEmpty() && added.isEmpty()) {
            return false;
        }
        for (String person : leaving) {
            if (candidates.contains(person)) {
                tasks.deleteCandidateUser(task.getId(), person);
            }
            if (person.equals(task.getAssignee())) {
                tasks.setAssignee(task.getId(), null);
            }
        }
        // Camunda lets a candidate work the task; reading the concern the step belongs to is the service's grant
        added.forEach(person -> tasks.addCandidateUser(task.getId(), person));
        to.forEach(person -> readOn.forEach(instance -> grants.grantReader(instance, person)));
        emails.tellAfterCommit(reference, task, added);
        return true;
    }

    private Set<String> candidates(Task task) {
        Set<String> people = new LinkedHashSet<>();
        tasks.getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getUserId() != null)
                .map(IdentityLink::getUserId).forEach(people::add);
        return people;
    }
}
