package uk.fostering.safeguarding.concern;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.fostering.safeguarding.audit.Audit;
import uk.fostering.safeguarding.chronology.Chronology;
import uk.fostering.safeguarding.chronology.ConcernEvent;
import uk.fostering.safeguarding.chronology.ConcernEventType;
import uk.fostering.safeguarding.registry.Caller;
import uk.fostering.safeguarding.registry.Placement;
import uk.fostering.safeguarding.registry.Registry;
import uk.fostering.safeguarding.shared.DuplicateConcernException;
import uk.fostering.safeguarding.shared.Inputs;
import uk.fostering.safeguarding.shared.InvalidInputException;
import uk.fostering.safeguarding.shared.NotFoundException;
import uk.fostering.safeguarding.shared.RiskLevel;

/**
 * Raises concerns and writes each step into the concern record. Every entry point (the API,
 * Tasklist forms through the process listeners) goes through here, so the rules are the same.
 */
@Service
@Transactional
public class ConcernService {

    private static final Logger log = LoggerFactory.getLogger(ConcernService.class);

    private final ConcernRepository concerns;
    private final Chronology chronology;
    private final ConcernNumbers numbers;
    private final ConcernAccess access;
    private final Registry registry;
    private final ConcernWorkflow workflow;
    private final Inputs inputs;
    private final Audit audit;
    private final Clock clock;

    public ConcernService(ConcernRepository concerns, Chronology chronology, ConcernNumbers numbers,
            ConcernAccess access, Registry registry, ConcernWorkflow workflow, Inputs inputs, Audit audit,
            Clock clock) {
        this.concerns = concerns;
        this.chronology = chronology;
        this.numbers = numbers;
        this.access = access;
        this.registry = registry;
        this.workflow = workflow;
        this.inputs = inputs;
        this.audit = audit;
        this.clock = clock;
    }

    /** Raise a concern and start its process (the API's way in). */
    public Concern raise(RaiseConcern raise, Caller caller) {
        Registered registered = register(raise, caller);
        workflow.start(registered.concern(), registered.placement());
        return registered.concern();
    }

    /**
     * Store a new concern without starting a process: used when the process is already starting
     * (a carer submitted the start form in Tasklist).
     */
    public Registered register(RaiseConcern raise, Caller caller) {
        validate(raise);
        Placement placement = registry.placementOf(raise.childId())
                .filter(p -> access.mayRaise(caller, p))
                .orElseThrow(() -> new NotFoundException("Child " + raise.childId()));
        // the database may keep observedAt less precisely than it was sent: a millisecond either way is the same time
        concerns.findFirstByChildIdAndRaisedByAndSummaryAndObservedAtBetween(raise.childId(), caller.userId(),
                raise.summary(), raise.observedAt().minusMillis(1), raise.observedAt().plusMillis(1)).ifPresent(earlier -> {
                    throw new DuplicateConcernException(earlier.getReference());
                });
        return store(raise, placement, caller);
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
        validate(raise);
        return store(raise, placement, caller);
    }

    /** The child's placement, if the caller may report this child missing or back; otherwise not found. */
    public Placement placementForMissingReport(String childId, Caller caller) {
        return registry.placementOf(childId)
                .filter(p -> access.mayReportMissing(caller, p))
                .orElseThrow(() -> new NotFoundException("Child " + childId));
    }

    public void start(Registered registered) {
        workflow.start(registered.concern(), registered.placement());
    }

    /**
     * A change about the child rather than one concern (their missing-person profile): a chronology and audit
     * line on the child's open concern, or else their latest; the concern's reference, or empty if they have none.
     */
    public Optional<String> noteAboutChild(String childId, String actor, ConcernEventType type, String note) {
        Optional<Concern> concern = openConcernOf(childId)
                .or(() -> concerns.findByChildIdOrderByRaisedAtDescIdDesc(childId).stream().findFirst());
        concern.ifPresent(c -> chronicle(c, actor, type, note));
        return concern.map(Concern::getReference);
    }

    public Optional<Concern> openConcernOf(String childId) {
        return concerns.findFirstByChildIdAndStatusOrderByRaisedAtDescIdDesc(childId, ConcernStatus.OPEN);
    }

    private Registered store(RaiseConcern raise, Placement placement, Caller caller) {
        Instant now = clock.instant();
        long number = numbers.next();
        String reference = ConcernNumbers.reference(LocalDate.ofInstant(now, clock.getZone()).getYear(), number);
        Concern concern = concerns.save(new Concern(number, reference, raise, caller.userId(), now));
        chronicle(concern, caller.userId(), ConcernEventType.RAISED, raise.category().name());
        log.info("Concern {} raised about child {} by {}", reference, raise.childId(), caller.userId());
        return new Registered(concern, placement);
    }

    public void assessRisk(String reference, RiskLevel level) {
        Concern concern = byReference(reference);
        concern.assessRisk(level);
        chronicle(concern, "system", ConcernEventType.RISK_ASSESSED, level.name());
    }

    public void record(String reference, RecordStep step, String by) {
        validate(step);
        Concern concern = byReference(reference);
        concern.record(step, by, clock.instant());
        chronicle(concern, by, ConcernEventType.RECORDED, null);
    }

    public void advise(String reference, AdviceStep step, String by) {
        validate(step);
        if (step.lacksGuidanceForTalk()) {
            throw InvalidInputException.of("talkGuidance", "say how the carer should talk with the child");
        }
        Concern concern = byReference(reference);
        concern.advise(step, by, clock.instant());
        chronicle(concern, by, ConcernEventType.ADVISED,
                step.mayTalkWithChild() ? "carer may talk with the child" : "carer should not talk with the child yet");
    }

    /**
     * The SSW raises the risk level with a reason. It is never lowered here: a lower level would
     * shorten nobody's deadlines but could hide a concern, so it needs a manager's review instead.
     */
    public void raiseRisk(String reference, RiskLevel to, String reason, String by) {
        Concern concern = byReference(reference);
        if (concern.getRiskLevel() != null && to.compareTo(concern.getRiskLevel()) <= 0) {
            throw InvalidInputException.of("raiseRiskLevel",
                    "can only raise the risk level (it is " + concern.getRiskLevel() + ")");
        }
        if (reason == null || reason.isBlank() || reason.length() > 500) {
            throw InvalidInputException.of("riskLevelReason", "say why the risk is higher (up to 500 characters)");
        }
        concern.assessRisk(to);
        chronicle(concern, by, ConcernEventType.RISK_RAISED, to + ": " + reason, to.name());
    }

    /**
     * Raises the risk level to at least {@code floor} for a rule of the service (not a person's
     * judgement); a concern already at or above it is left alone. Answers the level it now has.
     */
    public RiskLevel raiseRiskToAtLeast(String reference, RiskLevel floor, String rule) {
        Concern concern = byReference(reference);
        if (concern.getRiskLevel() == null || concern.getRiskLevel().compareTo(floor) < 0) {
            concern.assessRisk(floor);
            chronicle(concern, "system", ConcernEventType.RISK_RAISED, floor + ": " + rule);
        }
        return concern.getRiskLevel();
    }

    public void decide(String reference, DecisionStep step, String by) {
        validate(step);
        Concern concern = byReference(reference);
        concern.decide(step, by, clock.instant());
        chronicle(concern, by, ConcernEventType.DECIDED, step.decision().name());
    }

    public void talked(String reference, TalkStep step, String by) {
        validate(step);
        Concern concern = byReference(reference);
        concern.talked(step, by, clock.instant());
        chronicle(concern, by, ConcernEventType.TALKED_WITH_CHILD, null);
    }

    public void close(String reference, CloseStep step, String by) {
        validate(step);
        Concern concern = byReference(reference);
        concern.close(step, by, clock.instant());
        chronicle(concern, by, ConcernEventType.CLOSED, null);
    }

    /** The SSW (or a manager) asks for the child's social worker to be told before the advice is written. */
    public void requestSocialWorkerNotice(String reference, Caller caller) {
        Concern concern = visible(reference, caller);
        if (concern.getStatus() == ConcernStatus.CLOSED) {
            throw InvalidInputException.of("reference", "the concern is closed");
        }
        workflow.requestSocialWorkerNotice(concern.getReference());
        audit.record(caller.userId(), "SOCIAL_WORKER_NOTICE_REQUESTED", reference, null);
    }

    @Transactional(readOnly = true)
    public ConcernView view(String reference, Caller caller) {
        Concern concern = visible(reference, caller);
        return new ConcernView(concern, workflow.openTasks(reference),
                chronology.of(concern.getId()));
    }

    /**
     * Every event about the child, oldest first, with the concern each belongs to: over the concerns
     * the engine lets the caller see, so a worker linked to the child later sees the concerns they
     * were brought into, as in Tasklist.
     */
    @Transactional(readOnly = true)
    public ChildChronology chronologyOf(String childId, Caller caller) {
        if (!access.maySee(caller, childId) || registry.placementOf(childId).isEmpty()) {
            throw new NotFoundException("Child " + childId);
        }
        Set<String> visible = workflow.visibleTo(caller);
        Map<Long, String> references = concerns.findByChildIdOrderByRaisedAtDescIdDesc(childId).stream()
                .filter(c -> visible.contains(c.getReference()))
                .collect(Collectors.toMap(Concern::getId, Concern::getReference));
        return new ChildChronology(references, chronology.of(references.keySet()));
    }

    public record ChildChronology(Map<Long, String> references, List<ConcernEvent> events) {
    }

    /** The concerns the engine lets the caller see (see {@link ConcernWorkflow#maySee}), newest first. */
    @Transactional(readOnly = true)
    public List<Concern> visibleTo(Caller caller, Optional<String> childId, Optional<ConcernStatus> status) {
        Set<String> visible = workflow.visibleTo(caller);
        if (visible.isEmpty()) {
            return List.of();
        }
        return concerns.findByReferenceInOrderByRaisedAtDescIdDesc(visible).stream()
                .filter(c -> childId.map(id -> id.equals(c.getChildId())).orElse(true))
                .filter(c -> status.map(s -> s == c.getStatus()).orElse(true))
                .toList();
    }

    /** Throws {@link NotFoundException} unless the concern exists and the caller may see it. */
    @Transactional(readOnly = true)
    public void requireVisible(String reference, Caller caller) {
        visible(reference, caller);
    }

    private Concern visible(String reference, Caller caller) {
        return concerns.findByReference(reference)
                .filter(c -> workflow.maySee(reference, caller))
                .orElseThrow(() -> new NotFoundException("Concern " + reference));
    }

    /** The concern itself, for the service's own steps (no access check: callers have made theirs). */
    public Concern byReference(String reference) {
        return concerns.findByReference(reference).orElseThrow(() -> new NotFoundException("Concern " + reference));
    }

    private void chronicle(Concern concern, String actor, ConcernEventType type, String note) {
        chronicle(concern, actor, type, note, note);
    }

    private void chronicle(Concern concern, String actor, ConcernEventType type, String note, String auditDetail) {
        chronology.record(concern.getId(), concern.getReference(), actor, type, note, auditDetail);
    }

    private <T> void validate(T input) {
        inputs.validate(input);
    }

    public record Registered(Concern concern, Placement placement) {
    }
}
