package uk.fostering.safeguarding.notifiable;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.fostering.safeguarding.allegation.AllegationMarked;
import uk.fostering.safeguarding.audit.Audit;
import uk.fostering.safeguarding.chronology.Chronology;
import uk.fostering.safeguarding.chronology.ConcernEventType;
import uk.fostering.safeguarding.concern.Concern;
import uk.fostering.safeguarding.concern.ConcernCategory;
import uk.fostering.safeguarding.concern.ConcernQueries;
import uk.fostering.safeguarding.concern.RiskAssessed;
import uk.fostering.safeguarding.missing.ChildWentMissing;
import uk.fostering.safeguarding.registry.Caller;
import uk.fostering.safeguarding.registry.Registry;
import uk.fostering.safeguarding.registry.Roles;
import uk.fostering.safeguarding.shared.Inputs;
import uk.fostering.safeguarding.shared.InvalidInputException;
import uk.fostering.safeguarding.shared.NotFoundException;
import uk.fostering.safeguarding.shared.RiskLevel;
import uk.fostering.safeguarding.web.ForbiddenException;

/**
 * The register of notifiable events: each event of a concern is entered once, and gives the registered manager
 * two steps, "Notify Ofsted" and "Notify the placing authority". The service enters the events it sees happen
 * (see {@link NotifiableSettings}); staff enter the others. Runs in the transaction of whatever caused the event,
 * so a concern is never raised without its notifications, nor notifications started for a concern that was not.
 */
@Service
@Transactional
public class NotifiableEvents {

    private static final Logger log = LoggerFactory.getLogger(NotifiableEvents.class);
    private static final String SYSTEM = "system";
    /** Exploitation, known or suspected: the categories of concern that are notifiable of themselves. */
    private static final Set<ConcernCategory> EXPLOITATION = Set.of(ConcernCategory.CSE, ConcernCategory.CCE);

    private final NotifiableEventRepository events;
    private final ConcernQueries concerns;
    private final Registry registry;
    private final Chronology chronology;
    private final NotificationWorkflow workflow;
    private final NotifiableSettings settings;
    private final Inputs inputs;
    private final Audit audit;
    private final Clock clock;

    public NotifiableEvents(NotifiableEventRepository events, ConcernQueries concerns, Registry registry,
            Chronology chronology, NotificationWorkflow workflow, NotifiableSettings settings, Inputs inputs, Audit audit, Clock clock) {
        this.audit = audit;
        this.events = events;
        this.concerns = concerns;
        this.registry = registry;
        this.chronology = chronology;
        this.workflow = workflow;
        this.settings = settings;
        this.inputs = inputs;
        this.clock = clock;
    }

    /** A concern of sexual or criminal exploitation has its risk level: it is notifiable from the start. */
    @EventListener
    public void on(RiskAssessed assessed) {
        if (EXPLOITATION.contains(assessed.category()) && settings.registersItself(NotifiableEventKind.CHILD_EXPLOITATION)) {
            Concern concern = concerns.byReference(assessed.reference());
            register(concern, NotifiableEventKind.CHILD_EXPLOITATION, 1, concern.getObservedAt(), SYSTEM);
        }
    }

    /** Each missing episode is an event of its own, numbered as the episode is. */
    @EventListener
    public void on(ChildWentMissing missing) {
        if (settings.registersItself(NotifiableEventKind.CHILD_MISSING)) {
            register(concerns.byReference(missing.reference()), NotifiableEventKind.CHILD_MISSING,
                    missing.episodeNumber(), missing.missingSince(), SYSTEM);
        }
    }

    /**
     * A concern became one about the carer or their household: a serious allegation about a carer (Schedule 7),
     * entered by whoever raised or marked it, whatever the service enters by itself.
     */
    @EventListener
    public void on(AllegationMarked allegation) {
        register(concerns.byReference(allegation.reference()), NotifiableEventKind.ALLEGATION_AGAINST_CARER, 1,
                allegation.at(), allegation.by());
    }

    /**
     * An event entered by a member of staff who may see the concern (carers do not enter notifiable events: their
     * SSW does, and a concern about their own household must not be shown to them).
     */
    public NotifiableEvent registerByStaff(String reference, EventReport report, Caller caller) {
        if (caller.hasRole(Roles.CARERS) || !isStaff(caller)) {
            throw new ForbiddenException("Only staff enter notifiable events");
        }
        Concern concern = concerns.visible(reference, caller);
        inputs.validate(report);
        return register(concern, report.kind(), events.lastOccurrence(reference, report.kind()) + 1, report.occurredAt(),
                caller.userId());
    }

    public void ofstedNotified(long eventId, Instant at, String reference, String by) {
        NotifiableEvent event = notified(eventId, at, reference);
        event.ofstedNotified(new Notified(at, reference.strip(), by));
        chronology.note(event.getConcernReference(), by, ConcernEventType.OFSTED_NOTIFIED,
                event.getKind().name() + " " + event.getOccurrence());
    }

    public void placingAuthorityNotified(long eventId, Instant at, String reference, String by) {
        NotifiableEvent event = notified(eventId, at, reference);
        event.placingAuthorityNotified(new Notified(at, reference.strip(), by));
        chronology.note(event.getConcernReference(), by, ConcernEventType.PLACING_AUTHORITY_NOTIFIED,
                event.getKind().name() + " " + event.getOccurrence());
    }

    /** The concern's events, for those who may see the concern; reading them is a line of the concern's audit trail. */
    public List<NotifiableEvent> of(String reference, Caller caller, String shownIn) {
        concerns.visible(reference, caller);
        List<NotifiableEvent> register = events.findByConcernReferenceOrderByIdAsc(reference);
        audit.record(caller.userId(), Audit.Actions.VIEWED, reference, shownIn);
        return register;
    }

    private NotifiableEvent register(Concern concern, NotifiableEventKind kind, int occurrence, Instant occurredAt,
            String by) {
        Optional<NotifiableEvent> earlier = events.findByConcernReferenceAndKindAndOccurrence(concern.getReference(),
                kind, occurrence);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        NotifiableEvent event = events.save(new NotifiableEvent(concern.getReference(), concern.getChildId(), kind,
                occurrence, occurredAt, by, clock.instant()));
        chronology.note(concern.getReference(), by, ConcernEventType.NOTIFIABLE_EVENT_REGISTERED,
                kind.name() + " " + occurrence);
        // the registered manager sends them; a service without one yet falls back on a manager of the child's SSW
        String sender = registry.registeredManager()
                .or(() -> registry.placementOf(concern.getChildId()).flatMap(p -> registry.managerOf(p.sswId())))
                .orElseThrow(() -> new IllegalStateException("No registered manager to notify Ofsted of "
                        + concern.getReference()));
        RiskLevel risk = concern.getRiskLevel() == null ? RiskLevel.MEDIUM : concern.getRiskLevel();
        workflow.start(event, risk, sender);
        log.info("Notifiable event {} {} of concern {} registered by {}", kind, occurrence, concern.getReference(), by);
        return event;
    }

    private NotifiableEvent notified(long eventId, Instant at, String reference) {
        if (reference == null || reference.isBlank() || reference.strip().length() > 64) {
            throw InvalidInputException.of("notificationReference",
                    "Enter the notification's reference (up to 64 characters)");
        }
        return events.findById(eventId).orElseThrow(() -> new NotFoundException("Notifiable event " + eventId));
    }

    private static boolean isStaff(Caller caller) {
        return Set.of(Roles.SSWS, Roles.SOCIAL_WORKERS, Roles.MANAGERS, Roles.EMERGENCY_DUTY_TEAM).stream()
                .anyMatch(caller::hasRole);
    }
}
