package uk.fostering.safeguarding.reallocation.process;

import org.camunda.bpm.engine.task.Task;
import uk.fostering.safeguarding.process.HumanStep;

/** A step in people's words for a chronology line: the human step's own name, without the reference and child id. */
final class StepNames {

    static String of(Task task) {
        return HumanStep.isHumanStep(task.getTaskDefinitionKey()) ? HumanStep.ofTask(task.getTaskDefinitionKey()).label()
                : task.getTaskDefinitionKey();
    }

    private StepNames() {
    }
}
