package uk.fostering.safeguarding.concern;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import org.springframework.jdbc.support.incrementer.DataFieldMaxValueIncrementer;
import uk.fostering.safeguarding.audit.RecordingAudit;
import uk.fostering.safeguarding.chronology.Chronology;
import uk.fostering.safeguarding.chronology.ConcernEvent;
import uk.fostering.safeguarding.chronology.ConcernEventType;
import uk.fostering.safeguarding.registry.Caller;
import uk.fostering.safeguarding.registry.Placement;
import uk.fostering.safeguarding.registry.Registry;
import uk.fostering.safeguarding.registry.Roles;
import uk.fostering.safeguarding.shared.Inputs;

/**
 * The concern services wired to small in-memory fakes of their ports (no Spring, no database, no engine), with a
 * fixed clock and the real input checks. The demo's people: carol cares for C-1001 (14) and C-1002 (9) with sam
 * as SSW, frank for C-1003 with sunita; sophie is the social worker of C-1001 and C-1003, leon of C-1002.
 */
public final class ConcernFakes {

    public static final Instant NOW = Instant.parse("2026-03-10T10:00:00Z");
    public static final Caller CAROL = new Caller("carol", List.of(Roles.CARERS));
    public static final Caller FRANK = new Caller("frank", List.of(Roles.CARERS));
    public static final Caller SAM = new Caller("sam", List.of(Roles.SSWS));
    public static final Caller SOPHIE = new Caller("sophie", List.of(Roles.SOCIAL_WORKERS));
    public static final Caller MARK = new Caller("mark", List.of(Roles.MANAGERS));
    public static final Caller EDDIE = new Caller("eddie", List.of(Roles.EMERGENCY_DUTY_TEAM));

    public final Clock clock = Clock.fixed(NOW, ZoneId.of("Europe/London"));
    public final InMemoryConcerns concerns = new InMemoryConcerns();
    public final FakeWorkflow workflow = new FakeWorkflow();
    public final FakeRegistry registry = new FakeRegistry(clock);
    public final RecordingAudit audit = new RecordingAudit(clock);
    public final FakeChronology chronology = new FakeChronology(clock);
    public final Inputs inputs = new Inputs(validator(clock));
    public final ConcernQueries queries = new ConcernQueries(concerns, workflow, chronology, new ConcernAccess(registry),
            registry, audit);
    /** What the services published (Spring events), oldest first. */
    public final List<Object> published = new ArrayList<>();
    public final RaisingConcerns raising = new RaisingConcerns(concerns, new ConcernNumbers(new Counter()),
            new ConcernAccess(registry), registry, workflow, chronology, inputs, published::add, clock);
    public final ConcernSteps steps = new ConcernSteps(queries, workflow, chronology, inputs, audit, published::add,
            clock);
    public final FollowUpSteps followUps = new FollowUpSteps(queries, chronology, inputs, clock);

    public ConcernFakes() {
        registry.place(new Placement("C-1001", 14, "carol", "sam", "sophie"));
        registry.place(new Placement("C-1002", 9, "carol", "sam", "leon"));
        registry.place(new Placement("C-1003", 16, "frank", "sunita", "sophie"));
    }

    /** A concern raised by carol about the child, with a summary of its own, started as the API starts it. */
    public Concern raised(String childId, String summary) {
        return raising.raise(new RaiseConcern(childId, ConcernCategory.CSE, summary, List.of(Indicator.MISSING_OR_LATE),
                NOW.minusSeconds(3600), false, false), CAROL);
    }

    /** Bean Validation as the app runs it, with the fixed clock for "past or present" and "not long ago". */
    public static Validator validator(Clock clock) {
        return Validation.byDefaultProvider().configure().clockProvider(() -> clock).buildValidatorFactory()
                .getValidator();
    }

    /** The concern table in memory: saved concerns by id, the repository's queries over them. */
    public static final class InMemoryConcerns implements ConcernRepository {

        private final Map<Long, Concern> byId = new LinkedHashMap<>();

        @Override
        public Concern save(Concern concern) {
            byId.put(concern.getId(), concern);
            return concern;
        }

        @Override
        public long count() {
            return byId.size();
        }

        @Override
        public Optional<Concern> findByReference(String reference) {
            return first(c -> c.getReference().equals(reference));
        }

        @Override
        public Optional<Concern> findFirstByChildIdAndRaisedByAndSummaryAndObservedAtBetween(String childId,
                String raisedBy, String summary, Instant observedFrom, Instant observedTo) {
            return first(c -> c.getChildId().equals(childId) && c.getRaisedBy().equals(raisedBy)
                    && c.getSummary().equals(summary) && !c.getObservedAt().isBefore(observedFrom)
                    && !c.getObservedAt().isAfter(observedTo));
        }

        @Override
        public List<Concern> findByReferenceInOrderByRaisedAtDescIdDesc(Collection<String> references) {
            return newestFirst(c -> references.contains(c.getReference()));
        }

        @Override
        public List<Concern> findByChildIdOrderByRaisedAtDescIdDesc(String childId) {
            return newestFirst(c -> c.getChildId().equals(childId));
        }

        @Override
        public Optional<Concern> findFirstByChildIdAndStatusOrderByRaisedAtDescIdDesc(String childId,
                ConcernStatus status) {
            return newestFirst(c -> c.getChildId().equals(childId) && c.getStatus() == status).stream().findFirst();
        }

        private Optional<Concern> first(Predicate<Concern> which) {
            return byId.values().stream().filter(which).findFirst();
        }

        private List<Concern> newestFirst(Predicate<Concern> which) {
            return byId.values().stream().filter(which)
                    .sorted(Comparator.comparing(Concern::getRaisedAt).thenComparing(Concern::getId).reversed()).toList();
        }
    }

    /** The engine as the concern feature sees it: who may see which concern, and what was asked of it. */
    public static final class FakeWorkflow implements ConcernWorkflow {

        public final Map<String, Placement> started = new LinkedHashMap<>();
        public final List<String> socialWorkerNotices = new ArrayList<>();
        /** Who the engine lets see which concerns: by default the people of the placement it was started with. */
        public final Map<String, Set<String>> grants = new HashMap<>();

        @Override
        public void start(Concern concern, Placement placement) {
            started.put(concern.getReference(), placement);
            grant(concern.getReference(), placement.carerId(), placement.sswId(), placement.socialWorkerId());
        }

        public void grant(String reference, String... userIds) {
            for (String userId : userIds) {
                grants.computeIfAbsent(userId, u -> new HashSet<>()).add(reference);
            }
        }

        @Override
        public void requestSocialWorkerNotice(String reference) {
            socialWorkerNotices.add(reference);
        }

        @Override
        public List<OpenTask> openTasks(String reference) {
            return List.of();
        }

        @Override
        public boolean maySee(String reference, Caller caller) {
            return visibleTo(caller).contains(reference);
        }

        @Override
        public Set<String> visibleTo(Caller caller) {
            if (caller.overseesAll()) {
                return new HashSet<>(started.keySet());
            }
            return grants.getOrDefault(caller.userId(), Set.of());
        }
    }

    /** Who is linked to which child, from placements the test gives. */
    public static final class FakeRegistry extends Registry {

        private final Map<String, Placement> placements = new LinkedHashMap<>();

        FakeRegistry(Clock clock) {
            super(null, clock);
        }

        public void place(Placement placement) {
            placements.put(placement.childId(), placement);
        }

        @Override
        public Optional<Placement> placementOf(String childId) {
            return Optional.ofNullable(placements.get(childId));
        }

        @Override
        public Optional<Placement> placementFor(String childId, String userId) {
            return placementOf(childId);
        }

        @Override
        public Set<String> childrenLinkedTo(Caller caller) {
            Set<String> ids = new HashSet<>();
            placements.values().forEach(p -> {
                if ((caller.hasRole(Roles.CARERS) && caller.userId().equals(p.carerId()))
                        || (caller.hasRole(Roles.SSWS) && caller.userId().equals(p.sswId()))
                        || (caller.hasRole(Roles.SOCIAL_WORKERS) && caller.userId().equals(p.socialWorkerId()))) {
                    ids.add(p.childId());
                }
            });
            return ids;
        }
    }

    /** The chronology in memory: every line written, in order, with the audit detail it would carry. */
    public static final class FakeChronology extends Chronology {

        public final List<Line> lines = new ArrayList<>();

        FakeChronology(Clock clock) {
            super(null, null, null, clock);
        }

        @Override
        public void note(String reference, String actor, ConcernEventType type, String note) {
            lines.add(new Line(reference, actor, type, note, note));
        }

        @Override
        public void record(long concernId, String reference, String actor, ConcernEventType type, String note,
                String auditDetail) {
            lines.add(new Line(reference, actor, type, note, auditDetail));
        }

        @Override
        public List<ConcernEvent> of(long concernId) {
            return List.of();
        }

        @Override
        public List<ConcernEvent> of(Collection<Long> concernIds) {
            return List.of();
        }

        public List<ConcernEventType> typesOf(String reference) {
            return lines.stream().filter(l -> l.reference().equals(reference)).map(Line::type).toList();
        }

        public record Line(String reference, String actor, ConcernEventType type, String note, String auditDetail) {
        }
    }

    /** Concern numbers counted in memory, as the database sequence hands them out. */
    private static final class Counter implements DataFieldMaxValueIncrementer {

        private final AtomicLong last = new AtomicLong();

        @Override
        public int nextIntValue() {
            return (int) nextLongValue();
        }

        @Override
        public long nextLongValue() {
            return last.incrementAndGet();
        }

        @Override
        public String nextStringValue() {
            return Long.toString(nextLongValue());
        }
    }
}
