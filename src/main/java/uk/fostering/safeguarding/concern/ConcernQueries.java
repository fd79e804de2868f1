package uk.fostering.safeguarding.concern;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.fostering.safeguarding.audit.Audit;
import uk.fostering.safeguarding.audit.AuditEvent;
import uk.fostering.safeguarding.chronology.Chronology;
import uk.fostering.safeguarding.chronology.ConcernEvent;
import uk.fostering.safeguarding.registry.Caller;
import uk.fostering.safeguarding.registry.Registry;
import uk.fostering.safeguarding.registry.Roles;
import uk.fostering.safeguarding.shared.NotFoundException;

/**
 * Reading concerns. A read that shows a person a concern writes its own audit line (with where it was shown:
 * {@code "page"}, {@code "api"}, {@code "api list"}), so that no page or endpoint can forget it. Who may see a
 * concern is the engine's answer ({@link ConcernWorkflow#maySee}).
 */
@Service
@Transactional(readOnly = true)
public class ConcernQueries {

    private final ConcernRepository concerns;
    private final ConcernWorkflow workflow;
    private final Chronology chronology;
    private final ConcernAccess access;
    private final Registry registry;
    private final Audit audit;

    public ConcernQueries(ConcernRepository concerns, ConcernWorkflow workflow, Chronology chronology,
            ConcernAccess access, Registry registry, Audit audit) {
        this.concerns = concerns;
        this.workflow = workflow;
        this.chronology = chronology;
        this.access = access;
        this.registry = registry;
        this.audit = audit;
    }

    /** The concern with its open steps and chronology, read by the caller where {@code shownIn} says. */
    @Transactional // writes the audit line
    public ConcernView view(String reference, Caller caller, String shownIn) {
        Concern concern = visible(reference, caller);
        ConcernView view = new ConcernView(concern, workflow.openTasks(reference), chronology.of(concern.getId()));
        audit.record(caller.userId(), Audit.Actions.VIEWED, reference, shownIn);
        return view;
    }

    /** The concerns the engine lets the caller see, newest first: each one listed is a read. */
    @Transactional // writes the audit lines
    public List<Concern> visibleTo(Caller caller, Optional<String> childId, Optional<ConcernStatus> status,
            String shownIn) {
        Set<String> visible = workflow.visibleTo(caller);
        if (visible.isEmpty()) {
            return List.of();
        }
        List<Concern> listed = concerns.findByReferenceInOrderByRaisedAtDescIdDesc(visible).stream()
                .filter(c -> childId.map(id -> id.equals(c.getChildId())).orElse(true))
                .filter(c -> status.map(s -> s == c.getStatus()).orElse(true))
                .toList();
        audit.recordReads(caller.userId(), listed.stream().map(Concern::getReference).toList(), shownIn);
        return listed;
    }

    /**
     * The concern's audit trail, oldest first, for fostering managers only (anyone else gets the same not found
     * as for a concern that does not exist); reading it is itself a line of the trail, written after it was read.
     */
    @Transactional // writes the audit line
    public List<AuditEvent> auditTrail(String reference, Caller caller, String shownIn) {
        if (!caller.hasRole(Roles.MANAGERS)) {
            throw new NotFoundException("Concern " + reference);
        }
        visible(reference, caller);
        List<AuditEvent> trail = audit.trail(reference);
        audit.record(caller.userId(), Audit.Actions.AUDIT_VIEWED, reference, shownIn);
        return trail;
    }

    /**
     * Every event about the child, oldest first, with the concern each belongs to: over the concerns
     * the engine lets the caller see, so a worker linked to the child later sees the concerns they
     * were brought into, as in Tasklist.
     */
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

    /** The child's events and, by concern id, the reference of the concern each belongs to. */
    public record ChildChronology(Map<Long, String> references, List<ConcernEvent> events) {
    }

    public Optional<Concern> openConcernOf(String childId) {
        return concerns.findFirstByChildIdAndStatusOrderByRaisedAtDescIdDesc(childId, ConcernStatus.OPEN);
    }

    /** The child's most recently raised concern, open or closed. */
    public Optional<Concern> latestConcernOf(String childId) {
        return concerns.findByChildIdOrderByRaisedAtDescIdDesc(childId).stream().findFirst();
    }

    /** The concern itself, for the service's own steps (no access check: callers have made theirs). */
    public Concern byReference(String reference) {
        return concerns.findByReference(reference).orElseThrow(() -> new NotFoundException("Concern " + reference));
    }

    /** The concern if it exists and the engine lets the caller see it; otherwise not found, as if it did not exist. */
    public Concern visible(String reference, Caller caller) {
        return concerns.findByReference(reference)
                .filter(c -> workflow.maySee(reference, caller))
                .orElseThrow(() -> new NotFoundException("Concern " + reference));
    }
}
