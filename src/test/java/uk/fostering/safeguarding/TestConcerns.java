package uk.fostering.safeguarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import uk.fostering.safeguarding.process.ConcernProcess;
import uk.fostering.safeguarding.process.FormDate;
import uk.fostering.safeguarding.process.FormDateTime;
import uk.fostering.safeguarding.shared.ServiceTime;

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
        // the engine clock (the app reads it too): tests that set it still raise a concern seen before "now"
        form.putAll(dateTime(ConcernProcess.FormFields.OBSERVED_AT, ClockUtil.getCurrentTime().toInstant().minus(2, ChronoUnit.HOURS)));
        form.put("childMissing", false);
        form.put("immediateDanger", false);
        return form;
    }

    /**
     * A date and time as the forms send it: day, month and year as numbers and the time as HH:MM, in UK time. The
     * forms take whole minutes, so the instant the service stores is {@code at} truncated to its minute.
     */
    public static Map<String, Object> dateTime(FormDateTime field, Instant at) {
        LocalDateTime local = LocalDateTime.ofInstant(at, ServiceTime.ZONE);
        return Map.of(field.day(), local.getDayOfMonth(), field.month(), local.getMonthValue(), field.year(),
                local.getYear(), field.time(), "%02d:%02d".formatted(local.getHour(), local.getMinute()));
    }

    /** A form's other fields with a date and time in its parts. */
    public static Map<String, Object> with(Map<String, Object> fields, FormDateTime field, Instant at) {
        Map<String, Object> form = new HashMap<>(fields);
        form.putAll(dateTime(field, at));
        return form;
    }

    /** The fields with a date typed in its three parts (day, month, year), as a Tasklist form sends it. */
    public static Map<String, Object> with(Map<String, Object> fields, FormDate field, LocalDate day) {
        Map<String, Object> form = new HashMap<>(fields);
        form.put(field.day(), day.getDayOfMonth());
        form.put(field.month(), day.getMonthValue());
        form.put(field.year(), day.getYear());
        return form;
    }

    /** The same as the variables of a JSON body for the REST API (no braces): {@code "observedAtDay":{"value":1,...},...}. */
    public static String dateTimeJson(FormDateTime field, Instant at) {
        return dateTime(field, at).entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(part -> part.getValue() instanceof Integer n
                        ? "\"%s\":{\"value\":%d,\"type\":\"Integer\"}".formatted(part.getKey(), n)
                        : "\"%s\":{\"value\":\"%s\",\"type\":\"String\"}".formatted(part.getKey(), part.getValue()))
                .collect(Collectors.joining(","));
    }

    public Task openTask(String businessKey, String step) {
        return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(businessKey)
                .taskDefinitionKey(step).singleResult();
    }

    /** The person a step is offered to (its candidate user), or whoever claimed it. */
    public String responsible(Task task) {
        return task.getAssignee() != null ? task.getAssignee()
                : engine.getTaskService().getIdentityLinksForTask(task.getId()).stream()
                        .filter(link -> "candidate".equals(link.getType()) && link.getUserId() != null)
                        .findFirst().orElseThrow().getUserId();
    }

    /** The responsible person claims the step (acknowledging it), as Tasklist's "Claim" does. */
    public void claim(String businessKey, String step) {
        Task task = openTask(businessKey, step);
        String user = responsible(task);
        as(user, () -> {
            engine.getTaskService().claim(task.getId(), user);
            return null;
        });
    }

    /** Claims the open step if nobody has, then completes it with the form's variables. */
    public void complete(String businessKey, String step, Map<String, Object> form) {
        Task task = openTask(businessKey, step);
        assertThat(task).as("open task " + step).isNotNull();
        if (task.getAssignee() == null) {
            claim(businessKey, step);
        }
        String user = responsible(openTask(businessKey, step));
        as(user, () -> {
            engine.getFormService().submitTaskForm(task.getId(), form);
            return null;
        });
    }

    /** Runs every job of the concern (and its missing episodes) that is due now, as the job executor would, until none is left. */
    public void runDueJobs(String businessKey) {
        var management = engine.getManagementService();
        for (int round = 0; round < 20; round++) {
            var due = dueJobs(businessKey);
            if (due.isEmpty()) {
                return;
            }
            due.forEach(job -> management.executeJob(job.getId()));
        }
        throw new IllegalStateException("jobs of " + businessKey + " keep coming");
    }

    /** Runs every due job once, as the job executor would, letting failures count against retries. */
    public void runDueJobsIgnoringFailures(String businessKey) {
        var management = engine.getManagementService();
        for (var job : dueJobs(businessKey)) {
            try {
                management.executeJob(job.getId());
            } catch (RuntimeException expected) {
                // the failure is recorded on the job (retries, exception); that is what the caller checks
            }
        }
    }

    /** A concern's jobs live in its own process and in those of its missing episodes, which share its reference. */
    private List<Job> dueJobs(String businessKey) {
        return engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(businessKey).list()
                .stream().flatMap(instance -> engine.getManagementService().createJobQuery()
                        .processInstanceId(instance.getId()).executable().list().stream())
                .toList();
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
