package uk.fostering.safeguarding.chronology;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.fostering.safeguarding.audit.Audit;
import uk.fostering.safeguarding.audit.LinesAtCommit;
import uk.fostering.safeguarding.shared.NotFoundException;

/**
 * A concern's chronology: what happened, when and by whom, oldest first. Every feature writes its lines here
 * (the concern's steps, escalations, missing episodes, emails), and each line is also an audit line.
 */
@Component
@Transactional
public class Chronology {

    private static final String INSERT =
            "insert into concern_event (concern_id, occurred_at, actor, type, note) values (?, ?, ?, ?, ?)";

    private final ConcernEventRepository events;
    private final LinesAtCommit lines;
    private final Audit audit;
    private final Clock clock;

    public Chronology(ConcernEventRepository events, LinesAtCommit lines, Audit audit, Clock clock) {
        this.events = events;
        this.lines = lines;
        this.audit = audit;
        this.clock = clock;
    }

    /** A line about the concern with this reference; its audit line carries the same note. */
    public void note(String reference, String actor, ConcernEventType type, String note) {
        note(reference, actor, type, note, note);
    }

    /** A line whose note holds words a person wrote: its audit line carries {@code auditDetail}, without them. */
    public void note(String reference, String actor, ConcernEventType type, String note, String auditDetail) {
        long concernId = events.concernIdOf(reference).orElseThrow(() -> new NotFoundException("Concern " + reference));
        record(concernId, reference, actor, type, note, auditDetail);
    }

    /**
     * {@code auditDetail} is the note without anything a person wrote: the audit trail keeps no narrative. Both lines
     * are written as the transaction commits, in one batch with its other lines ({@link LinesAtCommit}).
     */
    public void record(long concernId, String reference, String actor, ConcernEventType type, String note,
            String auditDetail) {
        lines.add(INSERT, concernId, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC), actor, type.name(), note);
        audit.record(actor, type.name(), reference, auditDetail);
    }

    @Transactional(readOnly = true)
    public List<ConcernEvent> of(long concernId) {
        lines.flush();
        return events.findByConcernIdOrderByOccurredAtAscIdAsc(concernId);
    }

    @Transactional(readOnly = true)
    public List<ConcernEvent> of(Collection<Long> concernIds) {
        lines.flush();
        return concernIds.isEmpty() ? List.of() : events.findByConcernIdInOrderByOccurredAtAscIdAsc(concernIds);
    }
}
