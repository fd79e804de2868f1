package uk.fostering.safeguarding.allegation.process;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import uk.fostering.safeguarding.reallocation.process.StepOffers;

/**
 * Moves a concern's open steps away from the carer's household once the concern is about it: a step offered to or
 * claimed by one of them (the carers, their SSW) is offered to the registered manager and the child's social worker
 * instead, who are emailed that it waits for them. The task stays the same task, so its due date and escalation
 * timer are kept. Narrow on purpose: the general moving of open steps when the registry changes is the
 * reallocation feature's, whose hand-over this uses.
 */
@Component
class StepsAwayFromTheHousehold {

    private final TaskService taskService;
    private final StepOffers offers;

    StepsAwayFromTheHousehold(TaskService taskService, StepOffers offers) {
        this.taskService = taskService;
        this.offers = offers;
    }

    /** Runs as the system (the caller's own grants would not let them move another person's step). */
    void move(String reference, Collection<String> from, String registeredManagerId, String socialWorkerId) {
        Set<String> household = Set.copyOf(from);
        List<String> to = List.of(registeredManagerId, socialWorkerId);
        for (Task task : taskService.createTaskQuery().processInstanceBusinessKey(reference).list()) {
            offers.hand(reference, task, household, to, List.of(task.getProcessInstanceId()));
        }
    }
}
