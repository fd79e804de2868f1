package uk.fostering.safeguarding.reallocation.process;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import uk.fostering.safeguarding.chronology.Chronology;
import uk.fostering.safeguarding.chronology.ConcernEventType;
import uk.fostering.safeguarding.process.AsSystem;
import uk.fostering.safeguarding.process.ConcernProcess.Vars;
import uk.fostering.safeguarding.process.MissingProcess;
import uk.fostering.safeguarding.process.ProcessVariable;
import uk.fostering.safeguarding.reallocation.KeepOn;
import uk.fostering.safeguarding.registry.Registry;
import uk.fostering.safeguarding.registry.RoutedPeople;
import uk.fostering.safeguarding.security.ConcernGrants;

/**
 * Keeps a child's open concerns with the people the registry links to the child today, after a change of the
 * registry (a placement that ends or starts, a new SSW for the household, a new social worker for the child, a carer
 * joining or leaving the household), in the change's own transaction. Each open step of the concern and of its
 * missing episodes offered to a previous person is offered to the new one instead, with its clocks kept; the steps
 * still to come are routed to the new people (the process's people variables); the new people may read the concern;
 * the previous carers no longer may, unless a fostering manager keeps them on; the escalation of a moved step reaches
 * the new person's manager, as it asks the registry whose manager that is when it ticks. Each concern that changed
 * gets a line in its chronology. Nothing changes for a concern whose people are those of the registry already, so
 * the same change made twice, or an import run again, writes nothing.
 */
@Component
public class OpenStepsMove {

    private static final Logger log = LoggerFactory.getLogger(OpenStepsMove.class);

    private final Registry registry;
    private final OpenConcerns concerns;
    private final StepOffers offers;
    private final Successors successors;
    private final ConcernGrants grants;
    private final Chronology chronology;
    private final RuntimeService runtime;
    private final AsSystem asSystem;
    private final Clock clock;

    OpenStepsMove(Registry registry, OpenConcerns concerns, StepOffers offers, Successors successors,
            ConcernGrants grants, Chronology chronology, RuntimeService runtime, AsSystem asSystem, Clock clock) {
        this.clock = clock;
        this.registry = registry;
        this.concerns = concerns;
        this.offers = offers;
        this.successors = successors;
        this.grants = grants;
        this.chronology = chronology;
        this.runtime = runtime;
        this.asSystem = asSystem;
    }

    /**
     * Brings the open concerns of these children in line with the registry as it stands now; {@code actor} made the
     * change; {@code keepOn}, if given, keeps the previous carers reading the concerns.
     */
    public void follow(Collection<String> childIds, String actor, Optional<KeepOn> keepOn) {
        asSystem.run(() -> childIds.stream().filter(Objects::nonNull).distinct().sorted()
                .flatMap(child -> concerns.ofChild(child).stream())
                .forEach(concern -> follow(concern, actor, keepOn)));
    }

    private void follow(OpenConcern concern, String actor, Optional<KeepOn> keepOn) {
        RoutedPeople routed = registry.routedPeople(concern.childId(), concern.raisedBy());
        List<Task> open = concerns.openTasks(concern);
        Changes changes = new Changes();

        Set<String> previousCarers = previousCarers(concern.carerId());
        List<String> carers = carers(concern, routed);
        if (!carers.isEmpty()) {
            String carer = carers.contains(concern.carerId()) ? concern.carerId() : carers.get(0);
            hand(concern, open, previousCarers, carers, changes);
            if (!carer.equals(concern.carerId())) {
                set(concern.instanceIds(), Vars.CARER_ID, carer);
                changes.people.add("carers " + String.join(", ", previousCarers.stream().sorted().toList()) + " → "
                        + String.join(", ", carers));
            }
            Set<String> leaving = new LinkedHashSet<>(previousCarers);
            leaving.removeAll(carers);
            for (String previous : leaving) {
                if (keepOn.isPresent()) {
                    changes.keptOn.add(previous);
                } else if (revoke(concern, open, previous)) {
                    changes.lostAccess.add(previous);
                }
            }
        }
        routed.ssw().filter(ssw -> !ssw.equals(concern.sswId())).ifPresent(ssw -> {
            hand(concern, open, Set.of(concern.sswId()), List.of(ssw), changes);
            set(concern.instanceIds(), Vars.SSW_ID, ssw);
            changes.people.add("SSW " + concern.sswId() + " → " + ssw);
            // the strategy discussion of a missing episode is also the SSW's manager's
            String manager = registry.managerOf(ssw).or(registry::registeredManager).orElse(ssw);
            for (String episode : concern.episodeIds()) {
                String before = (String) runtime.getVariable(episode, MissingProcess.Vars.MANAGER_ID.name());
                if (before != null && !before.equals(manager)) {
                    open.stream().filter(task -> task.getProcessInstanceId().equals(episode)).forEach(task ->
                            changes.moved(task, offers.hand(concern.reference(), task, Set.of(before),
                                    List.of(manager), concern.instanceIds())));
                    runtime.setVariable(episode, MissingProcess.Vars.MANAGER_ID.name(), manager);
                }
            }
        });
        routed.socialWorker().filter(worker -> !worker.equals(concern.socialWorkerId())).ifPresent(worker -> {
            hand(concern, open, Set.of(concern.socialWorkerId()), List.of(worker), changes);
            set(concern.instanceIds(), Vars.SOCIAL_WORKER_ID, worker);
            changes.people.add("social worker " + concern.socialWorkerId() + " → " + worker);
        });
        if (routed.respite()) {
            // a concern raised during a short break: the child's own carers know of it too
            registry.carersOn(concern.childId(), LocalDate.now(clock)).forEach(carer -> concern.instanceIds().forEach(instance -> grants.grantReader(instance, carer)));
        }
        note(concern, actor, keepOn, changes);
    }

    /** The carers a step of the concern may have been offered to: the concern's carer and their household. */
    private Set<String> previousCarers(String carerId) {
        Set<String> household = registry.householdOf(carerId);
        // a stand-in (the SSW's manager, while the child had no carer) is the one previous "carer"
        return household.isEmpty() ? Set.of(carerId) : household;
    }

    /**
     * The carers the concern goes to now: the routed household's; with none, a stand-in for the previous carer;
     * none (no change) when a stand-in has the concern already.
     */
    private List<String> carers(OpenConcern concern, RoutedPeople routed) {
        if (!routed.carers().isEmpty()) {
            return routed.carers();
        }
        return registry.isCarer(concern.carerId()) ? successorsWithoutHousehold(concern) : List.of();
    }

    /** Nobody of the previous household looks after the child now: not the joint carer either. */
    private List<String> successorsWithoutHousehold(OpenConcern concern) {
        List<String> next = new ArrayList<>(successors.of(concern.carerId(), Optional.ofNullable(concern.sswId())));
        next.removeAll(registry.householdOf(concern.carerId()));
        return next.isEmpty() ? successors.of("", Optional.empty()) : next;
    }

    private void hand(OpenConcern concern, List<Task> open, Set<String> from, List<String> to, Changes changes) {
        open.forEach(task -> changes.moved(task, offers.hand(concern.reference(), task, from, to,
                concern.instanceIds())));
        to.forEach(person -> concern.instanceIds().forEach(instance -> grants.grantReader(instance, person)));
    }

    private boolean revoke(OpenConcern concern, List<Task> open, String carer) {
        List<String> taskIds = open.stream().map(Task::getId).toList();
        boolean held = false;
        for (String instance : concern.instanceIds()) {
            held |= grants.revokeReader(instance, taskIds, carer);
        }
        return held;
    }

    private void set(List<String> instances, ProcessVariable<String> variable, String value) {
        instances.forEach(instance -> runtime.setVariable(instance, variable.name(), value));
    }

    /** One line in the concern's chronology if anything changed: ids and step names, never what anyone wrote. */
    private void note(OpenConcern concern, String actor, Optional<KeepOn> keepOn, Changes changes) {
        if (changes.people.isEmpty() && changes.steps.isEmpty() && changes.lostAccess.isEmpty()) {
            return;
        }
        List<String> parts = new ArrayList<>(changes.people);
        if (!changes.steps.isEmpty()) {
            parts.add("open steps moved: " + String.join(", ", changes.steps));
        }
        if (!changes.lostAccess.isEmpty()) {
            parts.add(String.join(", ", changes.lostAccess) + (changes.lostAccess.size() == 1 ? " no longer sees"
                    : " no longer see") + " this concern");
        }
        String note = String.join("; ", parts);
        if (keepOn.isPresent() && !changes.keptOn.isEmpty()) {
            // the manager's reason is in the chronology; the audit line keeps who and when, not the words
            String kept = note + "; " + String.join(", ", changes.keptOn) + " kept on by " + keepOn.get().manager();
            chronology.note(concern.reference(), actor, ConcernEventType.PEOPLE_CHANGED,
                    kept + ": " + keepOn.get().reason(), kept);
        } else {
            chronology.note(concern.reference(), actor, ConcernEventType.PEOPLE_CHANGED, note);
        }
        log.info("Concern {}: people changed by {}, {} steps moved", concern.reference(), actor, changes.steps.size());
    }

    /** What changed on one concern. */
    private static final class Changes {
        final List<String> people = new ArrayList<>();
        final Set<String> steps = new LinkedHashSet<>();
        final Set<String> lostAccess = new LinkedHashSet<>();
        final Set<String> keptOn = new LinkedHashSet<>();

        void moved(Task task, boolean handed) {
            if (handed) {
                steps.add(StepNames.of(task));
            }
        }
    }
}
