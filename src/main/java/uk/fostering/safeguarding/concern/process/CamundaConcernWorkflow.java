package uk.fostering.safeguarding.concern.process;

import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import uk.fostering.safeguarding.concern.Concern;
import uk.fostering.safeguarding.concern.ConcernWorkflow;
import uk.fostering.safeguarding.concern.OpenTask;
import uk.fostering.safeguarding.process.ConcernProcess;
import uk.fostering.safeguarding.process.Responsible;
import uk.fostering.safeguarding.registry.Placement;

@Component
class CamundaConcernWorkflow implements ConcernWorkflow {

    private final RuntimeService runtimeService;
    private final TaskService taskService;
    private final Responsible responsible;

    CamundaConcernWorkflow(RuntimeService runtimeService, TaskService taskService, Responsible responsible) {
        this.runtimeService = runtimeService;
        this.taskService = taskService;
        this.responsible = responsible;
    }

    @Override
    public void start(Concern concern, Placement placement) {
        runtimeService.startProcessInstanceByKey(ConcernProcess.KEY, concern.getReference(),
                RoutingVariables.of(concern, placement));
    }

    @Override
    public void requestSocialWorkerNotice(String reference) {
        runtimeService.createMessageCorrelation(ConcernProcess.Messages.SOCIAL_WORKER_NOTICE_REQUESTED)
                .processInstanceBusinessKey(reference)
                .correlate();
    }

    @Override
    public List<OpenTask> openTasks(String reference) {
        return taskService.createTaskQuery().processInstanceBusinessKey(reference).orderByTaskCreateTime().asc()
                .list().stream()
                .map(t -> new OpenTask(t.getId(), t.getTaskDefinitionKey(), t.getName(), responsible.forTask(t).orElse(null),
                        t.getAssignee() != null, t.getDueDate() == null ? null : t.getDueDate().toInstant(),
                        escalationLevel(t)))
                .toList();
    }

    private int escalationLevel(Task task) {
        Object level = taskService.getVariableLocal(task.getId(), ConcernProcess.Vars.ESCALATION_LEVEL);
        return level instanceof Integer l ? l : 0;
    }
}
