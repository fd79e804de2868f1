package uk.fostering.safeguarding.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.fostering.safeguarding.IntegrationTest;
import uk.fostering.safeguarding.TestConcerns;

/**
 * Every job has a due date, so the job executor's acquisition can use the index on it; a job written before that
 * setting, without one, is dated at its creation at start-up and still runs.
 */
@IntegrationTest
class JobDueDateIndexTest {

    @Autowired
    JobDueDateIndex step;
    @Autowired
    ProcessEngine engine;
    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theJobsOfARaiseAreDatedAndTheIndexOnDueDatesIsThere() throws Exception {
        String instance = new TestConcerns(engine).raiseInTasklist("carol", TestConcerns.startForm("C-1002",
                "Due dates: a new phone and cash")).getId();
        List<Job> jobs = engine.getManagementService().createJobQuery().processInstanceId(instance).list();
        assertThat(jobs).isNotEmpty().allSatisfy(job -> assertThat(job.getDuedate()).as(job.getId()).isNotNull());
        assertThat(indexesOfTheJobTable()).contains(JobDueDateIndex.INDEX);
        engine.getRuntimeService().deleteProcessInstance(instance, "test over");
    }

    @Test
    void aJobWrittenWithoutADueDateIsDatedAtItsCreationAtStartUpAndStillIsDue() {
        ManagementService management = engine.getManagementService();
        String instance = new TestConcerns(engine).raiseInTasklist("carol", TestConcerns.startForm("C-1001",
                "Due dates: came home at 3am")).getId();
        Job job = management.createJobQuery().processInstanceId(instance).executable().list().get(0);
        // as an engine before ensureJobDueDateNotNull wrote it: the acquisition now asks for DUEDATE_ <= now only
        jdbc.update("update ACT_RU_JOB set DUEDATE_ = null where ID_ = ?", job.getId());
        assertThat(management.createJobQuery().jobId(job.getId()).singleResult().getDuedate()).isNull();

        step.run();
        step.run();

        assertThat(management.createJobQuery().jobId(job.getId()).executable().singleResult().getDuedate())
                .isNotNull().isEqualTo(job.getCreateTime());
        engine.getRuntimeService().deleteProcessInstance(instance, "test over");
    }

    private List<String> indexesOfTheJobTable() throws Exception {
        List<String> names = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            boolean lower = connection.getMetaData().storesLowerCaseIdentifiers();
            try (ResultSet rows = connection.getMetaData().getIndexInfo(null, null, lower ? "act_ru_job" : "ACT_RU_JOB",
                    false, false)) {
                while (rows.next()) {
                    names.add(String.valueOf(rows.getString("INDEX_NAME")).toUpperCase());
                }
            }
        }
        return names;
    }
}
