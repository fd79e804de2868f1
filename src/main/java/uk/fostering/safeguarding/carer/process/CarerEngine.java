package uk.fostering.safeguarding.carer.process;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import uk.fostering.safeguarding.process.ConcernProcess;
import uk.fostering.safeguarding.process.MissingProcess;
import uk.fostering.safeguarding.shared.ConflictException;
import uk.fostering.safeguarding.shared.DuplicateConcernException;
import uk.fostering.safeguarding.shared.InvalidInputException;
import uk.fostering.safeguarding.shared.NotFoundException;

/**
 * The carers' pages reach the engine here, exactly as Tasklist does: a raise or a report is its start form's
 * variables submitted to the start, a step is claimed and then completed with its form's variables, all as the
 * signed-in person (the webapp session puts them on the engine), so the engine's grants apply and the service's
 * listeners (ConcernIntake, MissingReports, TaskOutcomeRecorder, MissingStepRecorder) validate, store and audit
 * them: one code path whatever the way in. What the service refused comes back as its own exception, unwrapped
 * from the engine's.
 */
@Component
public class CarerEngine {

    /** The steps a carer works, in the order the pages list them when they are due at the same time. */
    public static final List<String> CARER_STEPS = List.of(ConcernProcess.Ids.RECORD_CONCERN,
            MissingProcess.Ids.REPORT_TO_POLICE, ConcernProcess.Ids.TALK_WITH_CHILD);

    /** More open steps than any carer has; a person's own engine queries must be bounded. */
    private static final int MOST_STEPS = 200;

    private final FormService forms;
    private final TaskService tasks;
    private final RuntimeService runtime;
    private final RepositoryService repository;

    CarerEngine(FormService forms, TaskService tasks, RuntimeService runtime, RepositoryService repository) {
        this.forms = forms;
        this.tasks = tasks;
        this.runtime = runtime;
        this.repository = repository;
    }

    /** Raises a concern with the raise form's fields; answers its reference. */
    public String raise(Map<String, Object> form) {
        return start(ConcernProcess.KEY, form);
    }

    /** Reports a child missing with the report form's fields; answers the concern's reference. */
    public String reportMissing(Map<String, Object> form) {
        return start(MissingProcess.REPORT_MISSING_KEY, form);
    }

    /** Reports a child back with the report form's fields; answers the concern's reference. */
    public String reportReturned(Map<String, Object> form) {
        return start(MissingProcess.REPORT_RETURNED_KEY, form);
    }

    private String start(String key, Map<String, Object> form) {
        return refusalsUnwrapped(() -> {
            String definition = repository.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion()
                    .singleResult().getId();
            ProcessInstance started = forms.submitStartForm(definition, form);
            return started.getBusinessKey();
        });
    }

    /** The carer's open steps that the engine shows them: offered to them or claimed by them, soonest due first. */
    public List<CarerStep> openSteps(String userId) {
        List<Task> open = tasks.createTaskQuery().or().taskCandidateUser(userId).taskAssignee(userId).endOr()
                .taskDefinitionKeyIn(CARER_STEPS.toArray(String[]::new)).orderByDueDate().asc().orderByTaskCreateTime()
                .asc().listPage(0, MOST_STEPS);
        return withReferences(open);
    }

    /** One open step of the carer's (offered to them or claimed by them); empty for any other, or none. */
    public Optional<CarerStep> step(String taskId, String userId) {
        return openSteps(userId).stream().filter(step -> step.taskId().equals(taskId)).findFirst();
    }

    /** Claims the step for the carer: the acknowledgement, which stops its escalation (as Tasklist's "Claim"). */
    public void claim(String taskId, String userId) {
        refusalsUnwrapped(() -> {
            tasks.claim(taskId, userId);
            return null;
        });
    }

    /** Completes the step with its form's fields, as Tasklist's "Complete". */
    public void complete(String taskId, Map<String, Object> form) {
        refusalsUnwrapped(() -> {
            forms.submitTaskForm(taskId, form);
            return null;
        });
    }

    private List<CarerStep> withReferences(List<Task> open) {
        if (open.isEmpty()) {
            return List.of();
        }
        Set<String> instances = open.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet());
        Map<String, String> references = runtime.createProcessInstanceQuery().processInstanceIds(instances)
                .listPage(0, MOST_STEPS).stream()
                .collect(Collectors.toMap(ProcessInstance::getId, ProcessInstance::getBusinessKey));
        List<CarerStep> steps = new ArrayList<>();
        for (Task task : open) {
            String reference = references.get(task.getProcessInstanceId());
            if (reference != null) {
                steps.add(new CarerStep(task.getId(), task.getTaskDefinitionKey(), reference,
                        task.getDueDate() == null ? null : task.getDueDate().toInstant(), task.getAssignee() != null));
            }
        }
        return steps;
    }

    /**
     * The service's own refusal, wherever the engine wrapped it: the listeners' validation, a child not the caller's,
     * a duplicate. Someone else completing or claiming the step at the same moment is a conflict.
     */
    private static <T> T refusalsUnwrapped(Supplier<T> work) {
        try {
            return work.get();
        } catch (RuntimeException failure) {
            for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
                if (cause instanceof InvalidInputException || cause instanceof NotFoundException
                        || cause instanceof DuplicateConcernException || cause instanceof ConflictException) {
                    throw (RuntimeException) cause;
                }
                if (cause instanceof OptimisticLockingException || cause instanceof NullValueException
                        || cause instanceof TaskAlreadyClaimedException) {
                    throw new ConflictException("The step was just completed or taken by someone else");
                }
                if (cause.getCause() == cause) {
                    break;
                }
            }
            throw failure;
        }
    }

    /** An open step as the carer's pages list it. */
    public record CarerStep(String taskId, String step, String reference, Instant due, boolean claimed) {
    }
}
