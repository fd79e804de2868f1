package uk.fostering.safeguarding.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;
import java.util.Date;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.fostering.safeguarding.IntegrationTest;
import uk.fostering.safeguarding.TasklistLogin;
import uk.fostering.safeguarding.TestConcerns;
import uk.fostering.safeguarding.TestMail;
import uk.fostering.safeguarding.escalation.WorkingCalendar;
import uk.fostering.safeguarding.process.ConcernProcess.Ids;

/**
 * The mail server is down: email and escalation jobs retry with back-off, then an incident that Cockpit and
 * the dashboard show; nothing is lost and nothing is sent twice once the server is back.
 */
@IntegrationTest
class MailOutageTest {

    @Autowired
    ProcessEngine engine;

    @LocalServerPort
    int port;
    @Autowired
    ObjectMapper json;
    @Autowired
    WorkingCalendar calendar;

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
        GreenMail smtp = new GreenMail(TestMail.SMTP);
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

    @Test
    void anEscalationDueWhileTheMailServerIsDownShowsOnTheDashboardAndIsSentOnceWhenItIsBack() throws Exception {
        ManagementService management = engine.getManagementService();
        TestConcerns tasklist = new TestConcerns(engine);
        Instant monday = nextWorkingMonday(); // office hours: no duty team in the way
        ClockUtil.setCurrentTime(Date.from(monday));
        var concern = tasklist.raiseInTasklist("carol", TestConcerns.startForm("C-1001", "Picked up by a car at night"));
        String reference = concern.getBusinessKey();

        // when nobody acknowledges the record in its 4 hours and every escalation attempt fails
        for (int attempt = 0; attempt <= 6; attempt++) {
            ClockUtil.setCurrentTime(Date.from(monday.plus(Duration.ofHours(4)).plus(Duration.ofMinutes(6L * attempt))));
            tasklist.runDueJobsIgnoringFailures(reference);
        }

        // then the escalation is an incident, listed on the managers' dashboard, and nothing was half done
        Job escalation = management.createJobQuery().processInstanceId(concern.getId())
                .activityId("Task_EscalateRecordConcern").singleResult();
        assertThat(escalation.getRetries()).isZero();
        JsonNode stuck = json.readTree(TasklistLogin.signIn(port, "mark").get("/dashboard/data").body()).get("stuck");
        assertThat(stuck).anySatisfy(job -> {
            assertThat(job.get("reference").asText()).isEqualTo(reference);
            assertThat(job.get("step").asText()).isEqualTo("Escalate: record the concern");
        });
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(concern.getId())
                .singleResult().getState()).isEqualTo("ACTIVE");

        // and when the server is back and the stuck jobs are retried, the manager gets one escalation email
        GreenMail smtp = new GreenMail(TestMail.SMTP);
        smtp.start();
        try {
            management.createJobQuery().processInstanceId(concern.getId()).noRetriesLeft().list()
                    .forEach(job -> management.setJobRetries(job.getId(), 1));
            tasklist.runDueJobs(reference);
            tasklist.runDueJobs(reference);
            assertThat(Arrays.stream(smtp.getReceivedMessages()).filter(m -> subject(m).startsWith("Escalation")))
                    .hasSize(1);
            assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(concern.getId()).count()).isZero();
            assertThat(json.readTree(TasklistLogin.signIn(port, "mark").get("/dashboard/data").body()).get("stuck")
                    .findValuesAsText("reference")).doesNotContain(reference);
        } finally {
            smtp.stop();
        }
    }

    /**
     * 10:00 UTC (office hours in GMT and in BST) on the next Monday that is a working day: after the real time, so
     * that the start form's "observed two hours ago" lies in the past on the engine's clock as well.
     */
    private Instant nextWorkingMonday() {
        LocalDate day = LocalDate.now(ZoneOffset.UTC).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        while (!calendar.isWorkingDay(day)) {
            day = day.plusWeeks(1);
        }
        return day.atTime(10, 0).toInstant(ZoneOffset.UTC);
    }

    private static String subject(jakarta.mail.internet.MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
