package uk.fostering.safeguarding.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.fostering.safeguarding.IntegrationTest;
import uk.fostering.safeguarding.TestConcerns;
import uk.fostering.safeguarding.process.ConcernProcess.Ids;

/** The mail server is down: the email job retries with back-off, then an incident; nothing is lost. */
@IntegrationTest
class MailOutageTest {

    @Autowired
    ProcessEngine engine;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void retriesThenAnIncidentThenExactlyOneEmailOnceTheServerIsBack() {
        ManagementService management = engine.getManagementService();
        TestConcerns tasklist = new TestConcerns(engine);
        Instant now = Instant.now();
        ClockUtil.setCurrentTime(Date.from(now));
        var concern = tasklist.raiseInTasklist("carol", TestConcerns.startForm("C-1001", "Was sent money by a stranger"));
        String reference = concern.getBusinessKey();
        Job email = management.createJobQuery().activityId(Ids.NOTIFY_SSW).processInstanceId(concern.getId())
                .singleResult();

        // when every attempt fails (nothing listens on the SMTP port), five minutes apart
        for (int attempt = 1; attempt <= 5; attempt++) {
            ClockUtil.setCurrentTime(Date.from(now.plus(Duration.ofMinutes(6L * attempt))));
            tasklist.runDueJobsIgnoringFailures(reference);
        }

        // then the job has no retries left and an incident says so (Cockpit shows it)
        assertThat(management.createJobQuery().jobId(email.getId()).singleResult().getRetries()).isZero();
        assertThat(engine.getRuntimeService().createIncidentQuery().configuration(email.getId())
                .processInstanceId(email.getProcessInstanceId()).count()).isEqualTo(1);

        // and when the server is back and the job is retried, the SSW gets the email once
        GreenMail smtp = new GreenMail(ServerSetupTest.SMTP);
        smtp.start();
        try {
            management.setJobRetries(email.getId(), 1);
            ClockUtil.setCurrentTime(Date.from(now.plus(Duration.ofMinutes(45))));
            tasklist.runDueJobs(reference);
            tasklist.runDueJobs(reference);
            assertThat(smtp.getReceivedMessages()).hasSize(1);
            assertThat(engine.getRuntimeService().createIncidentQuery()
                    .processInstanceId(email.getProcessInstanceId()).count()).isZero();
        } finally {
            smtp.stop();
        }
    }
}
