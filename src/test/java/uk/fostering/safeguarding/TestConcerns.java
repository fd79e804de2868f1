package uk.fostering.safeguarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import uk.fostering.safeguarding.process.ConcernProcess;

/** Drives a concern the way Tasklist does: as a signed-in person, with the forms' variables. */
public final class TestConcerns {

    private final ProcessEngine engine;

    public TestConcerns(ProcessEngine engine) {
        this.engine = engine;
    }

    /** The Tasklist start form, submitted by the given person. */
    public ProcessInstance raiseInTasklist(String user, Map<String, Object> form) {
        return as(user, () -> engine.getFormService()
                .submitStartForm(engine.getRepositoryService().createProcessDefinitionQuery()
                        .processDefinitionKey(ConcernProcess.KEY).latestVersion().singleResult().getId(), form));
    }

    public static Map<String, Object> startForm(String childId, String summary) {
        Map<String, Object> form = new HashMap<>();
        form.put("childId", childId);
        form.put("category", "CSE");
        form.put("summary", summary);
        form.put("indicators", List.of("UNEXPLAINED_GIFTS", "SECRETIVE_ONLINE"));
        form.put("observedAt", Instant.now().minus(2, ChronoUnit.HOURS).toString());
        form.put("childMissing", false);
        form.put("immediateDanger", false);
        return form;
    }

    public Task openTask(String businessKey, String step) {
        return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(businessKey)
                .taskDefinitionKey(step).singleResult();
    }

    /** Completes the open step as its assignee, with the form's variables. */
    public void complete(String businessKey, String step, Map<String, Object> form) {
        Task task = openTask(businessKey, step);
        assertThat(task).as("open task " + step).isNotNull();
        as(task.getAssignee(), () -> {
            engine.getFormService().submitTaskForm(task.getId(), form);
            return null;
        });
    }

    public <T> T as(String user, java.util.function.Supplier<T> action) {
        IdentityService identity = engine.getIdentityService();
        identity.setAuthentication(user, identity.createGroupQuery().groupMember(user).list().stream()
                .map(g -> g.getId()).toList());
        try {
            return action.get();
        } finally {
            identity.clearAuthentication();
        }
    }
}
