package uk.fostering.safeguarding.audit;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit trail of concerns: who read or changed which concern, when, and how; and of people's logins
 * (under {@link #personReference}): who changed whose password, groups or profile. Changes are
 * recorded in the transaction that makes them (no change without its line, no line without the
 * change); reads are recorded by the query that served them ({@code ConcernQueries}; the dashboard by its page).
 * {@code detail} must be factual and short (a step, a level, where it was read): never narrative or a child's details.
 */
@Service
@Transactional
public class Audit {

    static final int DETAIL_LENGTH = 200;

    private static final String INSERT =
            "insert into audit_event (occurred_at, actor, action, reference, detail) values (?, ?, ?, ?, ?)";

    private final AuditRepository events;
    private final JdbcTemplate jdbc;
    private final LinesAtCommit lines;
    private final Clock clock;

    Audit(AuditRepository events, JdbcTemplate jdbc, LinesAtCommit lines, Clock clock) {
        this.events = events;
        this.jdbc = jdbc;
        this.lines = lines;
        this.clock = clock;
    }

    /** Written as the transaction commits, in one batch with its other lines ({@link LinesAtCommit}). */
    public void record(String actor, String action, String reference, String detail) {
        lines.add(INSERT, now(), actor, action, reference, shorten(detail));
    }

    /**
     * A read of several concerns at once (a list, the dashboard): one line per concern shown, written
     * as one JDBC batch, because a busy dashboard shows hundreds of concerns on every refresh.
     */
    public void recordReads(String actor, Collection<String> references, String detail) {
        OffsetDateTime now = now();
        String shortDetail = shorten(detail);
        List<Object[]> rows = references.stream().distinct()
                .map(reference -> new Object[] {now, actor, Actions.VIEWED, reference, shortDetail}).toList();
        if (!rows.isEmpty()) {
            jdbc.batchUpdate(INSERT, rows);
        }
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private static String shorten(String detail) {
        return detail == null || detail.length() <= DETAIL_LENGTH ? detail : detail.substring(0, DETAIL_LENGTH);
    }

    /** The reference under which changes to a person's login are recorded: never a concern's reference. */
    public static String personReference(String userId) {
        return "user:" + userId;
    }

    @Transactional(readOnly = true)
    public List<AuditEvent> trail(String reference) {
        lines.flush();
        return events.findByReferenceOrderByOccurredAtAscIdAsc(reference);
    }

    /** Actions that are not a step of the concern's chronology (those are recorded by their own name). */
    public static final class Actions {
        public static final String VIEWED = "VIEWED";
        public static final String AUDIT_VIEWED = "AUDIT_VIEWED";
        public static final String ASSIGNED = "ASSIGNED";
        public static final String UNASSIGNED = "UNASSIGNED";

        private Actions() {
        }
    }
}
