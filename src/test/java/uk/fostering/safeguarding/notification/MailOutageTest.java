package uk.fostering.safeguarding.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.fostering.safeguarding.IntegrationTest;
import uk.fostering.safeguarding.TasklistLogin;
import uk.fostering.safeguarding.TestConcerns;
import uk.fostering.safeguarding.process.ConcernProcess;
import uk.fostering.safeguarding.TestMail;
import uk.fostering.safeguarding.process.ConcernProcess.Ids;

/**
 * The mail server is down: email and escalation jobs retry with growing gaps for about 11 hours, then an
 * incident that Cockpit and the dashboard show; nothing is lost and nothing is sent twice once the server is back.
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
    JdbcTemplate jdbc;

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

        // when every attempt fails (nothing listens on the SMTP port): 11 attempts over about 11 hours, gaps growing
        assertThat(new FailingJobs(engine).failEveryAttempt(email.getId())).isEqualTo(FailingJobs.SCHEDULE);

        // then the job has no retries left and an incident says so (Cockpit shows it)
        assertThat(management.createJobQuery().jobId(email.getId()).singleResult().getRetries()).isZero();
        assertThat(engine.getRuntimeService().createIncidentQuery().configuration(email.getId())
                .processInstanceId(email.getProcessInstanceId()).count()).isEqualTo(1);

        // and when the server is back and the job is retried, the SSW gets the email once
        GreenMail smtp = new GreenMail(TestMail.SMTP);
        smtp.start();
        try {
            management.setJobRetries(email.getId(), 1);
            management.executeJob(email.getId());
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
        Instant monday = Instant.parse("2026-11-30T10:00:00Z"); // office hours: no duty team in the way
        ClockUtil.setCurrentTime(Date.from(monday));
        var concern = tasklist.raiseInTasklist("carol", observedBefore(monday,
                TestConcerns.startForm("C-1001", "Picked up by a car at night")));
        String reference = concern.getBusinessKey();

        // when nobody acknowledges the record in its 4 hours and every escalation attempt fails
        ClockUtil.setCurrentTime(Date.from(monday.plus(Duration.ofHours(4))));
        tasklist.runDueJobsIgnoringFailures(reference);
        Job escalation = management.createJobQuery().processInstanceId(concern.getId())
                .activityId("Task_EscalateRecordConcern").singleResult();
        new FailingJobs(engine).failEveryAttempt(escalation.getId());

        // then the escalation is an incident, listed on the managers' dashboard, and nothing was half done
        assertThat(management.createJobQuery().jobId(escalation.getId()).singleResult().getRetries()).isZero();
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
            management.setJobRetries(escalation.getId(), 1);
            management.executeJob(escalation.getId());
            // each person the escalation reaches at that hour gets it once
            List<String> escalated = Arrays.stream(smtp.getReceivedMessages())
                    .filter(m -> subject(m).startsWith("Escalation")).map(MailOutageTest::recipient).toList();
            assertThat(escalated).isNotEmpty().doesNotHaveDuplicates();
            assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(concern.getId()).count()).isZero();
            assertThat(json.readTree(TasklistLogin.signIn(port, "mark").get("/dashboard/data").body()).get("stuck")
                    .findValuesAsText("reference")).doesNotContain(reference);
        } finally {
            smtp.stop();
        }
    }

    @Test
    void aTwoHourOutageLosesNothingAndSendsEveryEmailOnce() throws Exception {
        ManagementService management = engine.getManagementService();
        TestConcerns tasklist = new TestConcerns(engine);
        FailingJobs jobs = new FailingJobs(engine);
        Instant monday = Instant.parse("2026-11-30T10:00:00Z"); // office hours throughout
        ClockUtil.setCurrentTime(Date.from(monday));

        // given three concerns raised while nothing listens on the SMTP port, one in immediate danger (acknowledge
        // within the hour, so its escalations fall due during the outage)
        Map<String, Object> danger = observedBefore(monday,
                TestConcerns.startForm("C-1001", "Said a man told her to get in his car"));
        danger.put("immediateDanger", true);
        List<String> references = List.of(tasklist.raiseInTasklist("carol", danger).getBusinessKey(),
                tasklist.raiseInTasklist("carol", observedBefore(monday,
                        TestConcerns.startForm("C-1002", "Came home with a new phone"))).getBusinessKey(),
                tasklist.raiseInTasklist("frank", observedBefore(monday,
                        TestConcerns.startForm("C-1003", "Messages from an unknown adult"))).getBusinessKey());

        // when the mail server is down for two hours, every job running when it falls due
        Instant back = monday.plus(Duration.ofHours(2));
        jobs.runAsTheyFallDue(references, back);

        // then nothing was sent, every email waits in a retrying job, none has become an incident
        assertThat(ledger(references)).isNotEmpty().allSatisfy((key, status) -> assertThat(status).isEqualTo("PENDING"));
        assertThat(ledger(references).keySet()).anyMatch(key -> key.contains("|ESCALATION|"));
        assertThat(jobs.retrying(references)).isNotEmpty();
        assertThat(incidents(references)).isZero();
        Set<String> waiting = ledger(references).keySet();

        // and when the server is back, the jobs run on as they fall due (at most the schedule's gap then: 1 hour)
        GreenMail smtp = new GreenMail(TestMail.SMTP);
        smtp.start();
        try {
            jobs.runAsTheyFallDue(references, back.plus(Duration.ofMinutes(90)));

            // then every email is sent exactly once, nothing is left retrying and no incident is left
            assertThat(jobs.retrying(references)).isEmpty();
            assertThat(incidents(references)).isZero();
            Map<String, String> ledger = ledger(references);
            assertThat(ledger.keySet()).containsAll(waiting);
            assertThat(ledger).allSatisfy((key, status) -> assertThat(status).isEqualTo("SENT"));
            List<String> delivered = Arrays.stream(smtp.getReceivedMessages()).map(MailOutageTest::key).toList();
            assertThat(delivered).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(ledger.keySet());
            assertThat(management.createJobQuery().noRetriesLeft().list()).noneMatch(job ->
                    references.contains(engine.getRuntimeService().createProcessInstanceQuery()
                            .processInstanceId(job.getProcessInstanceId()).singleResult().getBusinessKey()));
        } finally {
            smtp.stop();
        }
    }

    /** The form's observation two hours before the engine clock's "now", which may be in the past. */
    private static Map<String, Object> observedBefore(Instant now, Map<String, Object> form) {
        form.putAll(TestConcerns.dateTime(ConcernProcess.FormFields.OBSERVED_AT, now.minus(Duration.ofHours(2))));
        return form;
    }

    /** The email ledger's rows of these concerns (its key starts with the reference): key and status. */
    private Map<String, String> ledger(List<String> references) {
        Map<String, String> rows = new HashMap<>();
        for (String reference : references) {
            jdbc.query("select notification_key, status from sent_notification where notification_key like ?",
                    rs -> {
                        rows.put(rs.getString(1), rs.getString(2));
                    }, reference + "|%");
        }
        return rows;
    }

    private long incidents(List<String> references) {
        return references.stream().flatMap(reference -> engine.getRuntimeService().createProcessInstanceQuery()
                        .processInstanceBusinessKey(reference).list().stream())
                .mapToLong(instance -> engine.getRuntimeService().createIncidentQuery()
                        .processInstanceId(instance.getId()).count()).sum();
    }

    private static String key(jakarta.mail.internet.MimeMessage message) {
        try {
            return message.getHeader("X-Safeguarding-Key", null);
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String recipient(jakarta.mail.internet.MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String subject(jakarta.mail.internet.MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
