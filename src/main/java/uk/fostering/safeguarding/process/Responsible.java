package uk.fostering.safeguarding.process;

import java.util.Optional;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/** Who a task is waiting for: whoever claimed it, otherwise the one person it is offered to. */
@Component
public class Responsible {

    private final TaskService taskService;

    public Responsible(TaskService taskService) {
        this.taskService = taskService;
    }

    public Optional<String> forTask(Task task) {
        if (task.getAssignee() != null) {
            return Optional.of(task.getAssignee());
        }
        return taskService.getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getUserId() != null)
                .map(IdentityLink::getUserId).findFirst();
    }
}
