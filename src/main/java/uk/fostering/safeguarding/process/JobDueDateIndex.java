package uk.fostering.safeguarding.process;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import uk.fostering.safeguarding.shared.StartupStep;

/**
 * An index on the engine's job due dates, which Camunda does not create. With {@code ensureJobDueDateNotNull}
 * (application.yaml) the job executor's acquisition asks for jobs with retries left and {@code DUEDATE_ <= now};
 * without the index each poll, several a second per node, read every job, and each open concern keeps a few
 * timers due hours or days ahead. Jobs written before that setting have no due date, which the acquisition would
 * then never find: they are given one in the past (their creation, or 2000 where the engine recorded none), so
 * they run at once as before. H2 and PostgreSQL both take this SQL.
 */
@Component
@Order(0)
class JobDueDateIndex implements StartupStep {

    static final String INDEX = "SG_IDX_JOB_DUEDATE";
    private static final Logger log = LoggerFactory.getLogger(JobDueDateIndex.class);

    private final JdbcTemplate jdbc;

    JobDueDateIndex(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void run() {
        jdbc.execute("create index if not exists " + INDEX + " on ACT_RU_JOB (DUEDATE_)");
        int dated = jdbc.update("update ACT_RU_JOB set DUEDATE_ = coalesce(CREATE_TIME_, timestamp '2000-01-01 00:00:00') "
                + "where DUEDATE_ is null");
        if (dated > 0) {
            log.info("Gave {} jobs written before ensureJobDueDateNotNull a due date in the past", dated);
        }
    }
}
