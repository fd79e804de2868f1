package uk.fostering.safeguarding.shared;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Runs every {@link StartupStep} while holding the database's start-up lock (the one row of {@code startup_lock},
 * locked for update on a connection of its own). Two nodes started at the same moment on one database (a rolling
 * restart, an autoscaler) would otherwise both find a grant, both change it, and one would stop with the engine's
 * OptimisticLockingException; with the lock the second node waits, then finds everything written and writes
 * nothing. The lock is released when the steps end, or fail (the transaction is rolled back and the connection
 * returned), or when a node dies holding it (the database ends its session).
 */
@Component
class StartupWrites implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(StartupWrites.class);
    /** Long enough for another node's start-up writes on a busy machine; then start-up fails rather than hangs. */
    private static final int LOCK_WAIT_SECONDS = 300;

    private final DataSource dataSource;
    private final List<StartupStep> steps;

    StartupWrites(DataSource dataSource, List<StartupStep> steps) {
        this.dataSource = dataSource;
        this.steps = steps;
    }

    @Override
    public void run(ApplicationArguments args) throws SQLException {
        try (Connection lock = dataSource.getConnection()) {
            lock.setAutoCommit(false);
            try {
                take(lock);
                steps.forEach(StartupStep::run);
            } finally {
                lock.rollback();
            }
        }
    }

    private static void take(Connection lock) throws SQLException {
        long asked = System.nanoTime();
        try (Statement sql = lock.createStatement()) {
            boolean postgres = lock.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
            // both apply to this connection only; H2's default would give up after a second
            sql.execute(postgres ? "set local lock_timeout = '" + LOCK_WAIT_SECONDS + "s'"
                    : "set lock_timeout " + LOCK_WAIT_SECONDS * 1000);
            sql.executeQuery("select id from startup_lock where id = 1 for update").close();
        }
        long waited = (System.nanoTime() - asked) / 1_000_000;
        if (waited > 1000) {
            log.info("Waited {} ms for another node's start-up writes", waited);
        }
    }
}
