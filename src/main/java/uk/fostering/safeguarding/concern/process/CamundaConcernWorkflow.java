package uk.fostering.safeguarding.concern.process;

import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import uk.fostering.safeguarding.concern.Concern;
import uk.fostering.safeguarding.concern.ConcernWorkflow;
import uk.fostering.safeguarding.concern.OpenTask;
import uk.fostering.safeguarding.process.AsSystem;
import uk.fostering.safeguarding.process.ConcernProcess;
import uk.fostering.safeguarding.process.ConcernVisibility;
import uk.fostering.safeguarding.process.Responsible;
import uk.fostering.safeguarding.registry.Caller;
import uk.fostering.safeguarding.registry.Placement;

/**
 * The engine side of a concern. Whether the caller may raise a concern about (or report missing) this
 * child was decided against the registry before any of this runs, and whether they may see a concern
 * by the engine's authorizations; what follows such a decision runs as the system. A carer may see
 * that the SSW's step is open without being allowed to read the SSW's task in Tasklist, and a duty
 * social worker reporting a child missing starts a concern without a right to start one in Tasklist.
 */
@Component
class CamundaConcernWorkflow implements ConcernWorkflow {

    private final RuntimeService runtimeService;
    private final TaskService taskService;
    private final Responsible responsible;
    private final ConcernVisibility visibility;
    private final AsSystem asSystem;

    CamundaConcernWorkflow(RuntimeService runtimeService, TaskService taskService, Responsible responsible,
            ConcernVisibility visibility, AsSystem asSystem) {
        this.runtimeService = runtimeService;
        this.taskService = taskService;
        this.responsible = responsible;
        this.visibility = visibility;
        this.asSystem = asSystem;
    }

    @Override
    public void start(Concern concern, Placement placement) {
        ApprovedStarts.run(concern.getReference(), () -> asSystem.run(() -> runtimeService.startProcessInstanceByKey(
                ConcernProcess.KEY, concern.getReference(), RoutingVariables.of(concern, placement))));
    }

    @Override
    public void requestSocialWorkerNotice(String reference) {
        asSystem.run(() -> runtimeService.createMessageCorrelation(ConcernProcess.Messages.SOCIAL_WORKER_NOTICE_REQUESTED)
                .processInstanceBusinessKey(reference)
                .correlate());
    }

    @Override
    public List<OpenTask> openTasks(String reference) {
        return asSystem.call(() -> taskService.createTaskQuery().processInstanceBusinessKey(reference)
                .orderByTaskCreateTime().asc().list().stream()
                .map(t -> new OpenTask(t.getId(), t.getTaskDefinitionKey(), t.getName(), responsible.forTask(t).orElse(null),
                        t.getAssignee() != null, t.getDueDate() == null ? null : t.getDueDate().toInstant(),
                        escalationLevel(t)))
                .toList());
    }

    @Override
    public boolean maySee(String reference, Caller caller) {
        return visibility.maySee(caller, reference);
    }

    @Override
    public Set<String> visibleTo(Caller caller) {
        return visibility.visibleTo(caller);
    }

    private int escalationLevel(Task task) {
        Integer level = ConcernProcess.CodeVars.ESCALATION_LEVEL.type()
                .cast(taskService.getVariableLocal(task.getId(), ConcernProcess.CodeVars.ESCALATION_LEVEL.name()));
        return level == null ? 0 : level;
    }
}
