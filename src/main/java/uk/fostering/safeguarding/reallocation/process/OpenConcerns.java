package uk.fostering.safeguarding.reallocation.process;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import uk.fostering.safeguarding.process.ConcernProcess;
import uk.fostering.safeguarding.process.ConcernProcess.Vars;
import uk.fostering.safeguarding.process.MissingProcess;
import uk.fostering.safeguarding.process.ProcessVariable;

/** Finds open concerns in the engine: a child's, or those a person holds a part in. Called as the system. */
@Component
class OpenConcerns {

    private static final List<ProcessVariable<String>> PEOPLE = List.of(Vars.CARER_ID, Vars.SSW_ID,
            Vars.SOCIAL_WORKER_ID);

    private final RuntimeService runtime;
    private final TaskService tasks;

    OpenConcerns(RuntimeService runtime, TaskService tasks) {
        this.runtime = runtime;
        this.tasks = tasks;
    }

    List<OpenConcern> ofChild(String childId) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(ConcernProcess.KEY)
                .variableValueEquals(Vars.CHILD_ID.name(), childId).orderByProcessInstanceId().asc().list().stream()
                .map(this::open).toList();
    }

    /** The open concerns routed to the person as the child's carer, SSW or social worker. */
    List<OpenConcern> routedTo(String userId) {
        return PEOPLE.stream().flatMap(slot -> runtime.createProcessInstanceQuery()
                .processDefinitionKey(ConcernProcess.KEY).variableValueEquals(slot.name(), userId).list().stream())
                .map(ProcessInstance::getId).distinct().sorted()
                .map(id -> open(runtime.createProcessInstanceQuery().processInstanceId(id).singleResult())).toList();
    }

    /** The open tasks of every process (concerns, episodes, notifications) offered by name or assigned to the person. */
    List<Task> offeredTo(String userId) {
        return tasks.createTaskQuery().or().taskAssignee(userId).taskCandidateUser(userId).endOr()
                .orderByTaskCreateTime().asc().list();
    }

    List<Task> openTasks(OpenConcern concern) {
        return openTasks(concern.instanceIds());
    }

    List<Task> openTasks(Collection<String> instanceIds) {
        return tasks.createTaskQuery().processInstanceIdIn(instanceIds.toArray(String[]::new))
                .orderByTaskCreateTime().asc().list();
    }

    private OpenConcern open(ProcessInstance concern) {
        List<String> episodes = runtime.createProcessInstanceQuery().superProcessInstanceId(concern.getId())
                .processDefinitionKey(MissingProcess.KEY).list().stream().map(ProcessInstance::getId).toList();
        Map<String, Object> vars = runtime.getVariables(concern.getId(), List.of(Vars.CHILD_ID.name(),
                Vars.RAISED_BY.name(), Vars.CARER_ID.name(), Vars.SSW_ID.name(), Vars.SOCIAL_WORKER_ID.name()));
        return new OpenConcern(concern.getBusinessKey(), concern.getId(), episodes, text(vars, Vars.CHILD_ID),
                text(vars, Vars.RAISED_BY), text(vars, Vars.CARER_ID), text(vars, Vars.SSW_ID),
                text(vars, Vars.SOCIAL_WORKER_ID));
    }

    private static String text(Map<String, Object> vars, ProcessVariable<String> variable) {
        return (String) vars.get(variable.name());
    }
}
