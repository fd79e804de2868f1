package uk.fostering.safeguarding.audit;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** The audit trail in memory, for unit tests without a database: every line, in the order written. */
public class RecordingAudit extends Audit {

    private final List<AuditEvent> lines = new ArrayList<>();
    private final Clock clock;

    public RecordingAudit(Clock clock) {
        super(null, null, null, clock);
        this.clock = clock;
    }

    @Override
    public void record(String actor, String action, String reference, String detail) {
        lines.add(new AuditEvent(clock.instant(), actor, action, reference, detail));
    }

    @Override
    public void recordReads(String actor, Collection<String> references, String detail) {
        references.stream().distinct().forEach(reference -> record(actor, Actions.VIEWED, reference, detail));
    }

    @Override
    public List<AuditEvent> trail(String reference) {
        return lines.stream().filter(e -> e.getReference().equals(reference)).toList();
    }

    /** Every line as "actor ACTION reference detail", oldest first. */
    public List<String> lines() {
        return lines.stream().map(e -> "%s %s %s %s".formatted(e.getActor(), e.getAction(), e.getReference(), e.getDetail()))
                .toList();
    }
}
