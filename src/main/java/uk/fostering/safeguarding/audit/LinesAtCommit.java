package uk.fostering.safeguarding.audit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Lines of the record (the audit trail, a concern's chronology) kept with the transaction that writes them and
 * inserted as it commits, one JDBC batch per table: raising a concern writes three chronology and three audit lines,
 * which as one insert each were six round trips to the database while the transaction held its locks. A rolled-back
 * transaction writes none of them, as before; a line that fails to insert fails the commit, so a change never lands
 * without its line. Whatever reads lines back in the transaction that wrote them calls {@link #flush()} first.
 * <p>
 * The lines are found through the transaction's own synchronizations, not a resource bound to the thread, so a
 * transaction started inside another (REQUIRES_NEW) keeps its lines to itself and commits them with itself.
 */
@Component
public class LinesAtCommit {

    private final JdbcTemplate jdbc;

    LinesAtCommit(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** One row for {@code insert}, written when the current transaction commits (at once when there is none). */
    public void add(String insert, Object... row) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            jdbc.update(insert, row);
            return;
        }
        current().orElseGet(this::register).rows.computeIfAbsent(insert, sql -> new ArrayList<>()).add(row);
    }

    /** Writes the current transaction's lines now, so that a query in it finds them. */
    public void flush() {
        current().ifPresent(Pending::write);
    }

    private Optional<Pending> current() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return Optional.empty();
        }
        return TransactionSynchronizationManager.getSynchronizations().stream()
                .filter(synchronization -> synchronization instanceof Pending pending && pending.owner() == this)
                .map(Pending.class::cast).findFirst();
    }

    private Pending register() {
        Pending pending = new Pending();
        TransactionSynchronizationManager.registerSynchronization(pending);
        return pending;
    }

    /** The lines of one transaction, by insert statement, in the order they were added. */
    private final class Pending implements TransactionSynchronization {

        private final Map<String, List<Object[]>> rows = new LinkedHashMap<>();

        LinesAtCommit owner() {
            return LinesAtCommit.this;
        }

        void write() {
            rows.forEach(jdbc::batchUpdate);
            rows.clear();
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            write();
        }
    }
}
