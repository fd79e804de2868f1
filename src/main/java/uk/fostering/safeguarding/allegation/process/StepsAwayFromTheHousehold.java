package uk.fostering.safeguarding.allegation.process;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import uk.fostering.safeguarding.security.ConcernGrants;

/**
 * Moves a concern's open steps away from the carer's household once the concern is about it: a step offered to or
 * claimed by one of them (the carers, their SSW) is offered to the registered manager and the child's social worker
 * instead. The task stays the same task, so its due date and escalation timer are kept. Narrow on purpose: the
 * general moving of open steps when the registry changes is another change (issue 15, point 4).
 */
@Component
class StepsAwayFromTheHousehold {

    private final TaskService taskService;
    private final ConcernGrants grants;

    StepsAwayFromTheHousehold(TaskService taskService, ConcernGrants grants) {
        this.taskService = taskService;
        this.grants = grants;
    }

    /** Runs as the system (the caller's own grants would not let them move another person's step). */
    void move(String reference, Collection<String> from, String registeredManagerId, String socialWorkerId) {
        for (Task task : taskService.createTaskQuery().processInstanceBusinessKey(reference).list()) {
            Set<String> candidates = taskService.getIdentityLinksForTask(task.getId()).stream()
                    .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getUserId() != null)
                    .map(IdentityLink::getUserId).collect(Collectors.toSet());
            boolean claimedByThem = task.getAssignee() != null && from.contains(task.getAssignee());
            if (!claimedByThem && candidates.stream().noneMatch(from::contains)) {
                continue;
            }
            candidates.stream().filter(from::contains).forEach(user -> taskService.deleteCandidateUser(task.getId(), user));
            if (claimedByThem) {
                taskService.setAssignee(task.getId(), null);
            }
            for (String user : List.of(registeredManagerId, socialWorkerId)) {
                if (!candidates.contains(user)) {
                    taskService.addCandidateUser(task.getId(), user);
                }
                grants.grantReader(task.getProcessInstanceId(), user);
            }
        }
    }
}
