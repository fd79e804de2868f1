package uk.fostering.safeguarding.reallocation.process;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import uk.fostering.safeguarding.chronology.Chronology;
import uk.fostering.safeguarding.chronology.ConcernEventType;
import uk.fostering.safeguarding.process.AsSystem;
import uk.fostering.safeguarding.process.ConcernProcess;
import uk.fostering.safeguarding.process.ConcernProcess.Vars;
import uk.fostering.safeguarding.process.MissingProcess;
import uk.fostering.safeguarding.process.ProcessVariable;
import uk.fostering.safeguarding.security.ConcernGrants;

/**
 * Someone who leaves (a carer deregistered, a member of staff with an end date): at once, every open step offered
 * or assigned to them, in any process, goes to who takes over from them ({@link Successors}: the joint carer or the
 * SSW's manager for a carer, the line manager for staff), with its clocks kept; the concerns routed to them route
 * their next steps to that person; they no longer read those concerns. Each concern touched gets a chronology line.
 * Called from the registry's changes (and by whoever else ends a person's work, such as disabling their login);
 * a second call finds nothing left to move.
 */
@Component
public class StepsOfLeaver {

    private static final Logger log = LoggerFactory.getLogger(StepsOfLeaver.class);
    private static final List<ProcessVariable<String>> PEOPLE = List.of(Vars.CARER_ID, Vars.SSW_ID,
            Vars.SOCIAL_WORKER_ID, MissingProcess.Vars.MANAGER_ID);

    private final OpenConcerns concerns;
    private final StepOffers offers;
    private final Successors successors;
    private final ConcernGrants grants;
    private final Chronology chronology;
    private final RuntimeService runtime;
    private final AsSystem asSystem;

    StepsOfLeaver(OpenConcerns concerns, StepOffers offers, Successors successors, ConcernGrants grants,
            Chronology chronology, RuntimeService runtime, AsSystem asSystem) {
        this.concerns = concerns;
        this.offers = offers;
        this.successors = successors;
        this.grants = grants;
        this.chronology = chronology;
        this.runtime = runtime;
        this.asSystem = asSystem;
    }

    /** Moves the leaver's open steps and routing to their manager; {@code actor}: who recorded that they left. */
    public void moveToManager(String userId, String actor) {
        asSystem.run(() -> move(userId, actor));
    }

    private void move(String userId, String actor) {
        List<String> next = successors.of(userId, Optional.empty());
        Map<String, Set<String>> stepsByReference = new LinkedHashMap<>();
        Map<String, Set<String>> instancesByReference = new LinkedHashMap<>();
        for (Task task : concerns.offeredTo(userId)) {
            ProcessInstance instance = runtime.createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId())
                    .singleResult();
            String reference = instance.getBusinessKey();
            Set<String> readOn = instancesByReference.computeIfAbsent(reference, r -> new LinkedHashSet<>());
            readOn.add(instance.getId());
            concernInstance(reference).ifPresent(readOn::add);
            if (offers.hand(reference, task, Set.of(userId), next, readOn)) {
                stepsByReference.computeIfAbsent(reference, r -> new LinkedHashSet<>()).add(StepNames.of(task));
            }
        }
        for (OpenConcern concern : concerns.routedTo(userId)) {
            instancesByReference.computeIfAbsent(concern.reference(), r -> new LinkedHashSet<>())
                    .addAll(concern.instanceIds());
        }
        Map<String, List<String>> routingByReference = new LinkedHashMap<>();
        instancesByReference.forEach((reference, instances) -> {
            List<String> openTasks = concerns.openTasks(instances).stream().map(Task::getId).toList();
            for (String instance : instances) {
                for (ProcessVariable<String> person : PEOPLE) {
                    if (userId.equals(runtime.getVariable(instance, person.name()))) {
                        runtime.setVariable(instance, person.name(), next.get(0));
                        routingByReference.computeIfAbsent(reference, r -> new ArrayList<>()).add(person.name());
                    }
                }
                next.forEach(person -> grants.grantReader(instance, person));
                grants.revokeReader(instance, openTasks, userId);
            }
        });
        instancesByReference.keySet().stream().filter(reference -> stepsByReference.containsKey(reference)
                || routingByReference.containsKey(reference)).filter(this::isConcern).forEach(reference -> {
                    List<String> parts = new ArrayList<>();
                    parts.add(userId + " left: " + String.join(", ", next) + " take" + (next.size() == 1 ? "s" : "")
                            + " over");
                    if (stepsByReference.containsKey(reference)) {
                        parts.add("open steps moved: " + String.join(", ", stepsByReference.get(reference)));
                    }
                    parts.add(userId + " no longer sees this concern");
                    chronology.note(reference, actor, ConcernEventType.PEOPLE_CHANGED, String.join("; ", parts));
                });
        log.info("{} left: {} steps moved to {}", userId,
                stepsByReference.values().stream().mapToInt(Set::size).sum(), next);
    }

    private Optional<String> concernInstance(String reference) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(ConcernProcess.KEY)
                .processInstanceBusinessKey(reference).list().stream().map(ProcessInstance::getId).findFirst();
    }

    /** A reference the chronology knows: the business key of a concern (every process of a concern carries it). */
    private boolean isConcern(String reference) {
        return reference != null && reference.startsWith("SC-");
    }
}
