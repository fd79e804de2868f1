package uk.fostering.safeguarding.concern;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.fostering.safeguarding.chronology.Chronology;
import uk.fostering.safeguarding.chronology.ConcernEventType;
import uk.fostering.safeguarding.registry.Caller;
import uk.fostering.safeguarding.registry.Placement;
import uk.fostering.safeguarding.registry.Registry;
import uk.fostering.safeguarding.registry.Roles;
import uk.fostering.safeguarding.shared.DuplicateConcernException;
import uk.fostering.safeguarding.shared.Inputs;
import uk.fostering.safeguarding.shared.InvalidInputException;
import uk.fostering.safeguarding.shared.NotFoundException;

/**
 * The intake: a concern raised about a child, by the API or Tasklist's start form, or because the child went
 * missing with no concern open. Who may raise it about which child is checked here, before any process exists.
 */
@Service
@Transactional
public class RaisingConcerns {

    private static final Logger log = LoggerFactory.getLogger(RaisingConcerns.class);

    private final ConcernRepository concerns;
    private final ConcernNumbers numbers;
    private final ConcernAccess access;
    private final Registry registry;
    private final ConcernWorkflow workflow;
    private final Chronology chronology;
    private final Inputs inputs;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public RaisingConcerns(ConcernRepository concerns, ConcernNumbers numbers, ConcernAccess access, Registry registry,
            ConcernWorkflow workflow, Chronology chronology, Inputs inputs, ApplicationEventPublisher events, Clock clock) {
        this.concerns = concerns;
        this.numbers = numbers;
        this.access = access;
        this.registry = registry;
        this.workflow = workflow;
        this.chronology = chronology;
        this.inputs = inputs;
        this.events = events;
        this.clock = clock;
    }

    /** Raise a concern and start its process (the API's way in). */
    public Concern raise(RaiseConcern raise, Caller caller) {
        return raise(raise, caller, false);
    }

    /** Raise a concern, about the carer's household if {@code aboutHousehold} (staff only), and start its process. */
    public Concern raise(RaiseConcern raise, Caller caller, boolean aboutHousehold) {
        Registered registered = register(raise, caller, aboutHousehold);
        start(registered);
        return registered.concern();
    }

    /**
     * Store a new concern without starting a process: used when the process is already starting
     * (a carer submitted the start form in Tasklist).
     */
    public Registered register(RaiseConcern raise, Caller caller) {
        return register(raise, caller, false);
    }

    /**
     * Store a new concern; one about the carer or someone in their household is raised by staff who may see the
     * child (never by a carer), and its steps go to the registered manager instead of the household and its SSW.
     */
    public Registered register(RaiseConcern raise, Caller caller, boolean aboutHousehold) {
        if (aboutHousehold && (caller.hasRole(Roles.CARERS) || !isStaff(caller))) {
            throw InvalidInputException.of("aboutHousehold",
                    "only staff may raise a concern about the carer or their household; leave it unticked");
        }
        inputs.validate(raise);
        raise.checkPoliceCall();
        // a joint carer or a respite carer raises as the carer: the steps go to them (and their household);
        // staff raising about the household take the child's main placement
        Placement placement = (aboutHousehold ? registry.placementOf(raise.childId())
                : registry.placementFor(raise.childId(), caller.userId()))
                .filter(p -> aboutHousehold ? access.maySee(caller, p.childId()) : access.mayRaise(caller, p))
                .orElseThrow(() -> new NotFoundException("Child " + raise.childId()));
        // the database may keep observedAt less precisely than it was sent: a millisecond either way is the same time
        concerns.findFirstByChildIdAndRaisedByAndSummaryAndObservedAtBetween(raise.childId(), caller.userId(),
                raise.summary(), raise.observedAt().minusMillis(1), raise.observedAt().plusMillis(1)).ifPresent(earlier -> {
                    throw new DuplicateConcernException(earlier.getReference());
                });
        if (!aboutHousehold) {
            return store(raise, placement, caller);
        }
        Registered registered = store(raise, awayFromTheHousehold(placement), caller);
        events.publishEvent(new RaisedAboutHousehold(registered.concern().getReference(), raise.childId(), caller.userId()));
        return registered;
    }

    /**
     * The carer's and the SSW's steps go to the registered manager (the child's social worker is offered them too,
     * by the allegation's routing); a service without one yet falls back on the SSW's manager, as notifications do.
     */
    private Placement awayFromTheHousehold(Placement placement) {
        String manager = registry.registeredManager().or(() -> registry.managerOf(placement.sswId()))
                .orElseThrow(() -> new IllegalStateException("No registered manager for a concern about a household"));
        return new Placement(placement.childId(), placement.childAge(), manager, manager, placement.socialWorkerId());
    }

    private static boolean isStaff(Caller caller) {
        return caller.hasRole(Roles.SSWS) || caller.hasRole(Roles.SOCIAL_WORKERS) || caller.overseesAll();
    }

    /**
     * A child reported missing while no concern about them is open: a concern of category MISSING
     * is stored (its process is started with {@link #start}). The circumstances belong to the
     * missing episode, so the concern's summary only says why it exists.
     */
    public Registered registerMissing(String childId, Instant lastSeenAt, Caller caller) {
        Placement placement = placementForMissingReport(childId, caller);
        RaiseConcern raise = new RaiseConcern(childId, ConcernCategory.MISSING,
                "Reported missing from care. The missing episode holds the details.",
                List.of(Indicator.MISSING_OR_LATE), lastSeenAt, true, false);
        inputs.validate(raise);
        return store(raise, placement, caller);
    }

    /** The child's placement, if the caller may report this child missing or back; otherwise not found. */
    public Placement placementForMissingReport(String childId, Caller caller) {
        return registry.placementFor(childId, caller.userId())
                .filter(p -> access.mayReportMissing(caller, p))
                .orElseThrow(() -> new NotFoundException("Child " + childId));
    }

    public void start(Registered registered) {
        workflow.start(registered.concern(), registered.placement());
    }

    private Registered store(RaiseConcern raise, Placement placement, Caller caller) {
        Instant now = clock.instant();
        long number = numbers.next();
        String reference = ConcernNumbers.reference(LocalDate.ofInstant(now, clock.getZone()).getYear(), number);
        Concern concern = concerns.save(new Concern(number, reference, raise, caller.userId(), now));
        String category = raise.category().name();
        chronology.record(concern.getId(), reference, caller.userId(), ConcernEventType.RAISED, category, category);
        log.info("Concern {} raised about child {} by {}", reference, raise.childId(), caller.userId());
        return new Registered(concern, placement);
    }

    /** A stored concern and the placement its process is routed by. */
    public record Registered(Concern concern, Placement placement) {
    }
}
