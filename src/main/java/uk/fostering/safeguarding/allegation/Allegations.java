package uk.fostering.safeguarding.allegation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.fostering.safeguarding.audit.Audit;
import uk.fostering.safeguarding.chronology.Chronology;
import uk.fostering.safeguarding.chronology.ConcernEventType;
import uk.fostering.safeguarding.concern.Concern;
import uk.fostering.safeguarding.concern.ConcernQueries;
import uk.fostering.safeguarding.concern.ConcernStatus;
import uk.fostering.safeguarding.concern.RaisedAboutHousehold;
import uk.fostering.safeguarding.registry.Caller;
import uk.fostering.safeguarding.registry.Placement;
import uk.fostering.safeguarding.registry.Registry;
import uk.fostering.safeguarding.registry.Roles;
import uk.fostering.safeguarding.shared.ConflictException;
import uk.fostering.safeguarding.shared.Inputs;
import uk.fostering.safeguarding.shared.InvalidInputException;
import uk.fostering.safeguarding.shared.NotFoundException;
import uk.fostering.safeguarding.shared.RiskLevel;
import uk.fostering.safeguarding.web.ForbiddenException;

/**
 * Concerns about the carer or someone in their household (allegations). From the moment a concern is raised or
 * marked as one, the household's carers lose sight of it, its steps go to the registered manager and the child's
 * social worker, and the registered manager refers it to the designated officer (LADO) within one working day.
 * The carers see it again only if a fostering manager decides so. Each change is a chronology (and audit) line.
 */
@Service
@Transactional
public class Allegations {

    private static final Logger log = LoggerFactory.getLogger(Allegations.class);

    private final HouseholdAllegationRepository allegations;
    private final ConcernQueries concerns;
    private final Registry registry;
    private final AllegationWorkflow workflow;
    private final Chronology chronology;
    private final Inputs inputs;
    private final Audit audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public Allegations(HouseholdAllegationRepository allegations, ConcernQueries concerns, Registry registry,
            AllegationWorkflow workflow, Chronology chronology, Inputs inputs, Audit audit,
            ApplicationEventPublisher events, Clock clock) {
        this.allegations = allegations;
        this.concerns = concerns;
        this.registry = registry;
        this.workflow = workflow;
        this.chronology = chronology;
        this.inputs = inputs;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** Raised by staff as a concern about the household: its steps were routed away from the household from the start. */
    @EventListener
    public void on(RaisedAboutHousehold raised) {
        Concern concern = concerns.byReference(raised.reference());
        start(concern, registry.carersOn(concern.getChildId(), LocalDate.now(clock)), raised.raisedBy(), null);
    }

    /** Staff who may see an open concern mark it as about the carer or someone in their household (carers: 403). */
    public HouseholdAllegation mark(String reference, Reason reason, Caller caller) {
        if (!isStaff(caller)) {
            throw new ForbiddenException("Only staff mark a concern as about the carer's household");
        }
        Concern concern = concerns.visible(reference, caller);
        inputs.validate(reason);
        if (allegations.existsByConcernReference(reference)) {
            throw new ConflictException("Concern " + reference + " is already about the carer's household");
        }
        if (concern.getStatus() != ConcernStatus.OPEN) {
            throw new ConflictException("Concern " + reference + " is closed: only an open concern can be marked");
        }
        Placement placement = registry.placementOf(concern.getChildId())
                .orElseThrow(() -> new IllegalStateException("No placement for the child of " + reference));
        Set<String> carers = new LinkedHashSet<>(registry.carersOn(concern.getChildId(), LocalDate.now(clock)));
        carers.add(placement.carerId());
        String manager = registeredManager(placement);
        HouseholdAllegation allegation = start(concern, List.copyOf(carers), caller.userId(), reason.reason().strip());
        workflow.keepAwayFrom(reference, carers, manager, placement.socialWorkerId());
        return allegation;
    }

    /** A fostering manager lets the household's carers see the concern again (read only), with a reason. */
    public HouseholdAllegation letCarersSee(String reference, Reason reason, Caller caller) {
        if (!caller.hasRole(Roles.MANAGERS)) {
            throw new ForbiddenException("Only a fostering manager decides that the carer may see the concern");
        }
        concerns.visible(reference, caller);
        inputs.validate(reason);
        HouseholdAllegation allegation = allegations.findByConcernReference(reference)
                .orElseThrow(() -> new ConflictException("Concern " + reference + " is not about the carer's household"));
        if (allegation.carersMaySee()) {
            throw new ConflictException("The carer of concern " + reference + " may already see it");
        }
        allegation.carersMaySee(caller.userId(), clock.instant(), reason.reason().strip());
        workflow.letSee(reference, allegation.excludedCarers());
        chronology.note(reference, caller.userId(), ConcernEventType.CARER_MAY_SEE, String.join(",", allegation.excludedCarers()));
        log.info("Carers of concern {} may see it again: decided by {}", reference, caller.userId());
        return allegation;
    }

    /** The registered manager's referral, as the step records it: when, the LADO's advice and reference. */
    public void referredToLado(String reference, Instant at, String advice, String ladoReference, String by) {
        if (advice == null || advice.strip().length() < 10 || advice.strip().length() > 4000) {
            throw InvalidInputException.of("ladoAdvice", "Enter the designated officer's advice (10 to 4000 characters)");
        }
        if (ladoReference == null || ladoReference.isBlank() || ladoReference.strip().length() > 64) {
            throw InvalidInputException.of("ladoReference", "Enter the designated officer's reference (up to 64 characters)");
        }
        HouseholdAllegation allegation = allegations.findByConcernReference(reference)
                .orElseThrow(() -> new NotFoundException("Allegation " + reference));
        allegation.referredToLado(at, advice.strip(), ladoReference.strip(), by);
        chronology.note(reference, by, ConcernEventType.REFERRED_TO_LADO, "referred");
    }

    /** The allegation's record, for staff who may see the concern; each read is a line of the concern's audit trail. */
    @Transactional // writes the audit line
    public Recorded of(String reference, Caller caller) {
        if (!isStaff(caller)) {
            throw new ForbiddenException("Only staff read an allegation's record");
        }
        Concern concern = concerns.visible(reference, caller);
        HouseholdAllegation allegation = allegations.findByConcernReference(reference)
                .orElseThrow(() -> new NotFoundException("Allegation " + reference));
        audit.record(caller.userId(), Audit.Actions.VIEWED, reference, "allegation api");
        return new Recorded(allegation, registry.designatedOfficerOf(concern.getChildId()).map(o -> o.contact()).orElse(null));
    }

    /** Whether the concern is about the carer's household (for the engine's routing of new steps). */
    @Transactional(readOnly = true)
    public boolean isAboutHousehold(String reference) {
        return reference != null && allegations.existsByConcernReference(reference);
    }

    /** An allegation's record and its designated officer's contact (null if the registry has none). */
    public record Recorded(HouseholdAllegation allegation, String designatedOfficer) {
    }

    private HouseholdAllegation start(Concern concern, List<String> carers, String by, String reason) {
        String reference = concern.getReference();
        HouseholdAllegation allegation = allegations.save(new HouseholdAllegation(reference, concern.getChildId(), carers,
                by, clock.instant(), reason));
        chronology.note(reference, by, ConcernEventType.ABOUT_HOUSEHOLD, reason == null ? "raised as one" : "marked");
        Placement placement = registry.placementOf(concern.getChildId())
                .orElseThrow(() -> new IllegalStateException("No placement for the child of " + reference));
        RiskLevel risk = concern.getRiskLevel() == null ? RiskLevel.MEDIUM : concern.getRiskLevel();
        workflow.startReferral(reference, concern.getChildId(), risk, registeredManager(placement),
                registry.designatedOfficerOf(concern.getChildId()).orElse(null));
        events.publishEvent(new AllegationMarked(reference, clock.instant(), by));
        log.info("Concern {} is about the carer's household ({} carers kept out), by {}", reference, carers.size(), by);
        return allegation;
    }

    /** The registered manager; a service without one yet falls back on the manager of the child's SSW. */
    private String registeredManager(Placement placement) {
        return registry.registeredManager().or(() -> registry.managerOf(placement.sswId()))
                .orElseThrow(() -> new IllegalStateException("No registered manager for an allegation about a household"));
    }

    private static boolean isStaff(Caller caller) {
        return !caller.hasRole(Roles.CARERS) && (caller.hasRole(Roles.SSWS) || caller.hasRole(Roles.SOCIAL_WORKERS)
                || caller.overseesAll());
    }
}
