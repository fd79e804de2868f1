package uk.fostering.safeguarding.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.fostering.safeguarding.IntegrationTest;

/**
 * The counts of open escalations the database keeps (V28, read by the dashboard and the metrics) follow every
 * change to an escalation, however it is written, on each database: SQL here, as the benchmark and a person with
 * SQL access write, and JPA in the service (covered by {@code EscalationTest}'s board counts).
 */
@IntegrationTest
class OpenEscalationCountsTest {

    /** Far above the ids the identity column hands out, and a multiple of the 8 rows each count is spread over. */
    private static final long FIRST_ID = 9_000_000_000L;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    EscalationBoard board;

    @Autowired
    MeterRegistry meters;

    private final String step = "Task_Counted_" + UUID.randomUUID().toString().substring(0, 8);

    @AfterEach
    void removeTheRows() {
        jdbc.update("delete from escalation where step = ?", step);
        assertThat(kept()).isEmpty();
    }

    @Test
    void theCountsFollowEachEscalationAsItOpensClimbsClosesAndReopens() {
        insert(jdbc, FIRST_ID, 1);
        insert(jdbc, FIRST_ID + 1, 1);
        insert(jdbc, FIRST_ID + 2, 2);
        assertThat(kept()).isEqualTo(Map.of(1, 2L, 2, 1L)).isEqualTo(counted());
        // and the board (filtered by this step) and the metrics read them
        assertThat(board.board(Optional.empty(), Optional.of(step), Optional.empty(), 10).countsByLevel())
                .isEqualTo(Map.of(1, 2L, 2, 1L));
        assertThat(board.board(Optional.of(2), Optional.of(step), Optional.empty(), 10).countsByLevel())
                .isEqualTo(Map.of(1, 0L, 2, 1L));
        for (int level = 1; level <= Escalation.TOP_LEVEL; level++) {
            assertThat(meters.get("safeguarding.escalations.open").tag("level", String.valueOf(level)).gauge().value())
                    .isEqualTo(jdbc.queryForObject("select count(*) from escalation where resolved_at is null "
                            + "and level = ?", Long.class, level).doubleValue());
        }

        jdbc.update("update escalation set level = 2, round = 2 where id = ?", FIRST_ID);
        assertThat(kept()).isEqualTo(Map.of(1, 1L, 2, 2L)).isEqualTo(counted());

        jdbc.update("update escalation set round = 3, deadline = ? where id = ?", Timestamp.from(Instant.now()),
                FIRST_ID);
        assertThat(kept()).isEqualTo(Map.of(1, 1L, 2, 2L));

        jdbc.update("update escalation set resolved_at = ? where id in (?, ?)", Timestamp.from(Instant.now()),
                FIRST_ID, FIRST_ID + 1);
        assertThat(kept()).isEqualTo(Map.of(2, 1L)).isEqualTo(counted());

        jdbc.update("update escalation set resolved_at = null where id = ?", FIRST_ID + 1);
        assertThat(kept()).isEqualTo(Map.of(1, 1L, 2, 1L)).isEqualTo(counted());

        jdbc.update("update escalation set step = ? where id = ?", step + "_moved", FIRST_ID + 2);
        assertThat(kept()).isEqualTo(Map.of(1, 1L)).isEqualTo(counted());
        jdbc.update("delete from escalation where step = ?", step + "_moved");
        assertThat(jdbc.queryForObject("select coalesce(sum(open_count), 0) from escalation_open_count where step = ?",
                Long.class, step + "_moved")).isZero();

        jdbc.update("delete from escalation where id = ?", FIRST_ID + 1);
        assertThat(kept()).isEmpty();

        // and over every escalation any test has written, the kept counts are the true ones
        assertThat(jdbc.queryForList("select level, step, count(*) from escalation where resolved_at is null "
                + "group by level, step having count(*) <> (select coalesce(sum(c.open_count), 0) "
                + "from escalation_open_count c where c.level = escalation.level and c.step = escalation.step)"))
                .isEmpty();
        assertThat(jdbc.queryForList("select c.level, c.step, sum(c.open_count) from escalation_open_count c "
                + "group by c.level, c.step having sum(c.open_count) <> (select count(*) from escalation e "
                + "where e.resolved_at is null and e.level = c.level and e.step = c.step)"))
                .isEmpty();
    }

    /**
     * The first escalation of a level, step and shard creates its count row. Two written at once, one waiting for
     * the other's commit, both count: the second finds the row the first made and adds to it.
     */
    @Test
    void twoEscalationsOpenedAtOnceUnderANewStepBothCount() throws Exception {
        try (Connection first = dataSource.getConnection(); Connection second = dataSource.getConnection()) {
            first.setAutoCommit(false);
            second.setAutoCommit(false);
            insert(first, FIRST_ID);
            CompletableFuture<Void> waiting = CompletableFuture.runAsync(() -> {
                try {
                    insert(second, FIRST_ID + 8); // the same shard as the first: it waits for the first's count row
                    second.commit();
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            await().atMost(Duration.ofSeconds(5)).until(() -> sessionsWaitingForALock() > 0);
            first.commit();
            waiting.get(10, TimeUnit.SECONDS);
        }
        assertThat(kept()).isEqualTo(Map.of(1, 2L)).isEqualTo(counted());
    }

    /** H2 names no blocker for a wait on a key another transaction inserted: the waiting insert shows instead. */
    private int sessionsWaitingForALock() {
        boolean h2 = jdbc.execute((Connection c) -> "H2".equals(c.getMetaData().getDatabaseProductName()));
        return jdbc.queryForObject(h2 ? "select count(*) from information_schema.sessions "
                + "where executing_statement like 'insert into escalation_open_count%'"
                : "select count(*) from pg_stat_activity where wait_event_type = 'Lock'", Integer.class);
    }

    private void insert(Connection connection, long id) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            Object[] values = values(id, 1);
            for (int i = 0; i < values.length; i++) {
                insert.setObject(i + 1, values[i]);
            }
            insert.executeUpdate();
        }
    }

    private void insert(JdbcTemplate jdbc, long id, int level) {
        jdbc.update(INSERT, values(id, level));
    }

    private static final String INSERT = "insert into escalation (id, concern_reference, task_id, step, step_name, "
            + "responsible_id, reason, level, round, deadline, escalated_at, version) "
            + "values (?, ?, ?, ?, 'Counted', 'carol', 'UNACKNOWLEDGED', ?, 1, ?, ?, 0)";

    private Object[] values(long id, int level) {
        Timestamp now = Timestamp.from(Instant.now());
        return new Object[] {id, "SC-COUNT-" + (id - FIRST_ID), step + "-task-" + id, step, level, now, now};
    }

    /** The open escalations of this test's step by level, as the database keeps them (zero counts left out). */
    private Map<Integer, Long> kept() {
        return byLevel("select level, sum(open_count) from escalation_open_count where step = ? group by level "
                + "having sum(open_count) <> 0");
    }

    /** The same, counted from the escalations themselves. */
    private Map<Integer, Long> counted() {
        return byLevel("select level, count(*) from escalation where step = ? and resolved_at is null group by level");
    }

    private Map<Integer, Long> byLevel(String sql) {
        Map<Integer, Long> counts = new HashMap<>();
        jdbc.query(sql, rs -> {
            counts.put(rs.getInt(1), rs.getLong(2));
        }, step);
        return counts;
    }
}
