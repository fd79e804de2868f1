package uk.fostering.safeguarding.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import uk.fostering.safeguarding.IntegrationTest;

/**
 * Lines of the record are written as their transaction commits, in one batch: with the change or not at all, and
 * found by a read in the transaction that wrote them.
 */
@IntegrationTest
class LinesAtCommitTest {

    @Autowired
    Audit audit;
    @Autowired
    LinesAtCommit lines;
    @Autowired
    JdbcTemplate jdbc;
    TransactionTemplate transaction;
    TransactionTemplate separateTransaction;

    @Autowired
    void transactions(PlatformTransactionManager transactionManager) {
        transaction = new TransactionTemplate(transactionManager);
        separateTransaction = new TransactionTemplate(transactionManager);
        separateTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Test
    void linesWaitForTheCommitAndAReadInTheirTransactionFindsThem() {
        String reference = reference();

        transaction.executeWithoutResult(status -> {
            audit.record("sam", "RECORDED", reference, "first");
            audit.record("sam", "ADVISED", reference, "second");
            assertThat(rows(reference)).as("not yet written").isZero();

            assertThat(audit.trail(reference)).extracting(AuditEvent::getDetail).containsExactly("first", "second");
            audit.record("sam", "CLOSED", reference, "third");
        });

        assertThat(audit.trail(reference)).extracting(AuditEvent::getDetail).containsExactly("first", "second", "third");
    }

    @Test
    void aRolledBackTransactionWritesNoneOfItsLines() {
        String reference = reference();

        transaction.executeWithoutResult(status -> {
            audit.record("sam", "RECORDED", reference, "first");
            status.setRollbackOnly();
        });

        assertThat(rows(reference)).isZero();
    }

    @Test
    void aTransactionInsideAnotherCommitsItsOwnLinesOnly() {
        String outer = reference();
        String inner = reference();

        transaction.executeWithoutResult(status -> {
            audit.record("sam", "RECORDED", outer, "outer");
            separateTransaction.executeWithoutResult(nested -> audit.record("sam", "RECORDED", inner, "inner"));
            assertThat(rows(inner)).as("written as the inner transaction committed").isOne();
            status.setRollbackOnly();
        });

        assertThat(rows(outer)).isZero();
        assertThat(rows(inner)).isOne();
    }

    @Test
    void aLineThatCannotBeWrittenFailsTheCommitAndTakesTheOthersWithIt() {
        String reference = reference();

        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
            audit.record("sam", "RECORDED", reference, "kept only with its chronology line");
            lines.add("insert into concern_event (concern_id, occurred_at, actor, type, note) values (?, ?, ?, ?, ?)",
                    -1L, OffsetDateTime.now(), "sam", "RECORDED", "of no concern");
        })).isInstanceOf(DataIntegrityViolationException.class);

        assertThat(rows(reference)).isZero();
    }

    @Test
    void withoutATransactionALineIsWrittenAtOnce() {
        String reference = reference();

        lines.add("insert into audit_event (occurred_at, actor, action, reference, detail) values (?, ?, ?, ?, ?)",
                OffsetDateTime.now(), "sam", "RECORDED", reference, "alone");

        assertThat(rows(reference)).isOne();
    }

    private int rows(String reference) {
        return jdbc.queryForObject("select count(*) from audit_event where reference = ?", Integer.class, reference);
    }

    /** A reference no concern has (the column holds 20 characters). */
    private static String reference() {
        return "LAC-" + ThreadLocalRandom.current().nextLong(1_000_000_000_000L);
    }
}
